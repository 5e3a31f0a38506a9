package org.mitosis.cli;

import java.io.PrintStream;
import java.io.PrintWriter;

import org.mitosis.core.io.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mitosis} command. Each subcommand translates its arguments into an engine operation
 * (package {@code org.mitosis.core.ops}) and its result back into files or text; none holds logic
 * of its own.
 *
 * <p>Exit codes: 0 ok, 2 bad arguments or input, 1 any other failure.
 */
@Command(name = "mitosis", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "mitosis 0.1.0",
        description = "Finds dividing cells in time-lapse microscopy (GNN-DOL).",
        subcommands = {
            DemoCommand.class, TrainCommand.class, TrackCommand.class, EvaluateCommand.class, PerturbCommand.class,
            CompareCommand.class, SynthCommand.class, TrainDetectorCommand.class, DetectCommand.class, GalleryCommand.class, ProofreadCommand.class, CyclesCommand.class, RunCommand.class, BenchCommand.class})
public final class MitosisCommand implements Runnable {

    /** Exit code for bad arguments or unreadable input. */
    static final int BAD_INPUT = 2;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Runs the command line and returns its exit code (used by tests). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new MitosisCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof BadInputException || e instanceof IllegalArgumentException) {
                commandLine.getErr().println("mitosis: " + e.getMessage());
                return BAD_INPUT;
            }
            commandLine.getErr().println("mitosis: failed: " + e);
            e.printStackTrace(commandLine.getErr());
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        // Libraries (ND4J, ojAlgo) print chatter on System.out; keep standard output for our results.
        System.setOut(new WithoutSameDiffChatter(System.err));
        System.exit(execute(out, new PrintWriter(System.err, true), args));
    }

    /**
     * Standard error without the line SameDiff (ND4J 1.0.0-M2.1) prints on System.out for every
     * operation it differentiates: about a hundred lines when a training run starts.
     */
    private static final class WithoutSameDiffChatter extends PrintStream {

        WithoutSameDiffChatter(PrintStream target) {
            super(target, true);
        }

        @Override
        public void println(String line) {
            if (line == null || !line.startsWith("Added differentiated op ")) {
                super.println(line);
            }
        }
    }
}
