package org.mitosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the subcommands as a user would, on small synthetic sequences. */
class CommandLineTest {

    @TempDir
    Path dir;

    /** Output and exit code of one command line. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MitosisCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void synthPerturbAndEvaluateATruthAgainstItself() throws Exception {
        Run synth = run("synth", "--frames", "12", "--cells", "20", "--seed", "3", "--out", dir.toString());
        assertEquals(0, synth.code(), synth.err());
        Path truth = dir.resolve("truth");
        assertTrue(Files.exists(truth.resolve("res_track.txt")));

        Run eval = run("evaluate", "--truth", truth.toString(), "--result", truth.toString(), "--json");
        assertEquals(0, eval.code(), eval.err());
        JsonNode json = new ObjectMapper().readTree(eval.out());
        assertEquals(1.0, json.path("link").path("f1").asDouble());
        assertEquals(12, json.path("frames").asInt());

        Path noisy = dir.resolve("noisy.csv");
        Run perturb = run("perturb", "--cells", truth.toString(), "--sigma", "1", "--miss", "0.1", "--spurious", "0",
                "--seed", "5", "--out", noisy.toString());
        assertEquals(0, perturb.code(), perturb.err());
        long rows = Files.readAllLines(noisy).size() - 1;
        long truthRows = Files.readAllLines(truth.resolve("cells.csv")).size() - 1;
        assertTrue(rows < truthRows && rows > 0.8 * truthRows, rows + " of " + truthRows + " cells kept");
    }

    @Test
    void badInputExitsWithTwoAndNamesTheFileAndLine() throws Exception {
        Path broken = dir.resolve("broken.txt");
        Files.writeString(broken, "0 1 10 10 -1\n0 2 abc 10 -1\n");
        Run r = run("perturb", "--cells", broken.toString(), "--out", dir.resolve("o.csv").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("broken.txt:2"), r.err());
    }

    @Test
    void badArgumentsExitWithTwo() {
        assertEquals(2, run("perturb", "--cells").code());
        assertEquals(2, run("evaluate", "--truth", "x", "--result", "y", "--frames", "9-3").code());
        assertEquals(2, run("no-such-command").code());
    }
}
