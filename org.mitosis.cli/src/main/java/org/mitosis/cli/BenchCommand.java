package org.mitosis.cli;

import java.util.concurrent.Callable;
import org.mitosis.cli.bench.QpBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mitosis bench}: prints benchmark figures (speed and memory goals live here, not in tests). */
@Command(name = "bench", description = "Prints benchmark figures: 'qp' times the correspondence QP (ours vs ojAlgo) and its "
        + "backward pass at 30-1,000 cells on synthetic frame pairs.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "What to benchmark: qp.")
    String what;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic problems (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        switch (what) {
            case "qp" -> QpBench.run(spec.commandLine().getOut(), seed);
            default -> throw new IllegalArgumentException("unknown benchmark '" + what + "', expected qp");
        }
        return 0;
    }
}
