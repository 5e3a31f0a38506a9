package org.mitosis.nodes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.workflow.FlowVariable;
import org.knime.core.node.workflow.NodeContainer;
import org.knime.core.node.workflow.WorkflowLoadHelper;
import org.knime.core.node.workflow.WorkflowManager;
import org.knime.core.node.workflow.WorkflowPersistor.LoadResultEntry.LoadResultEntryType;
import org.knime.core.node.workflow.WorkflowPersistor.WorkflowLoadResult;
import org.knime.core.node.workflow.contextv2.WorkflowContextV2;

/**
 * Runs each example workflow of {@code workflows/} headless in KNIME, the way a testflow runs: load, set the
 * workflow variables (small sizes, outputs in a temporary folder), execute all nodes, and require every node to be
 * executed and the outputs to exist. Workflows on real data skip where ../shared/data is absent.
 */
class ExampleWorkflowsTest {

    static final Path WORKFLOWS = Path.of(System.getProperty("mitosis.workflows", "../workflows"));

    private static final Path MODELS = Path.of(System.getProperty("mitosis.models", "../models"));

    private static final Path DATA = Path.of(System.getProperty("mitosis.shared.data", "../../shared/data"));

    @TestFactory
    Stream<DynamicTest> exampleWorkflowsRun() {
        return Stream.of(
            DynamicTest.dynamicTest("01_Detect_Mitosis", () -> run("01_Detect_Mitosis", out -> List.of(
                new FlowVariable("frames", 8), new FlowVariable("epochs", 1),
                new FlowVariable("train_images", out.resolve("train-images").toString()),
                new FlowVariable("test_images", out.resolve("test-images").toString()),
                new FlowVariable("output", out.resolve("result").toString()),
                new FlowVariable("report", out.resolve("report.json").toString())),
                List.of("result/cells.csv", "result/res_track.txt", "report.json"))),
            DynamicTest.dynamicTest("02_Train_GNN-DOL", () -> run("02_Train_GNN-DOL", out -> List.of(
                new FlowVariable("input", requireData("c2c12-F0009")), new FlowVariable("train_first", 0),
                new FlowVariable("train_last", 19), new FlowVariable("test_first", 20),
                new FlowVariable("test_last", 29),
                new FlowVariable("model", out.resolve("model.zip").toString()),
                new FlowVariable("report", out.resolve("validation.json").toString())),
                List.of("model.zip", "validation.json"))),
            DynamicTest.dynamicTest("03_Compare_Trackers", () -> run("03_Compare_Trackers", out -> List.of(
                new FlowVariable("train_input", requireData("c2c12-F0009")), new FlowVariable("train_first", 0),
                new FlowVariable("train_last", 19), new FlowVariable("test_input", requireData("c2c12-F0009")),
                new FlowVariable("test_first", 20), new FlowVariable("test_last", 29),
                new FlowVariable("report_gnn_dol", out.resolve("gnn-dol.json").toString()),
                new FlowVariable("report_naive_gnn", out.resolve("naive-gnn.json").toString()),
                new FlowVariable("report_lap", out.resolve("lap.json").toString())),
                List.of("gnn-dol.json", "naive-gnn.json", "lap.json"))),
            DynamicTest.dynamicTest("04_Track_A_Movie", () -> run("04_Track_A_Movie", out -> List.of(
                new FlowVariable("images", requireData("c2c12-F0009-frames700-709")),
                new FlowVariable("first_frame", 0), new FlowVariable("last_frame", 4),
                new FlowVariable("detector_model", MODELS.resolve("c2c12-unet.zip").toAbsolutePath().toString()),
                new FlowVariable("tracking_model", MODELS.resolve("c2c12-gnn-dol.zip").toAbsolutePath().toString()),
                new FlowVariable("output", out.resolve("result").toString())),
                List.of("result/cells.csv", "result/links.csv", "result/res_track.txt"))),
            DynamicTest.dynamicTest("05_Track_Segmented_Movie", () -> run("05_Track_Segmented_Movie", out -> List.of(
                new FlowVariable("label_masks", requireData("epidermis-area1/TRA")),
                new FlowVariable("first_frame", 10), new FlowVariable("last_frame", 14),
                new FlowVariable("tracking_model", MODELS.resolve("epidermis-gnn-dol.zip").toAbsolutePath().toString()),
                new FlowVariable("output", out.resolve("result").toString())),
                List.of("result/res_track.txt", "result/mask010.tif", "result/mask014.tif"))));
    }

    /** The variables of one run, given its temporary output folder. */
    @FunctionalInterface
    private interface Variables {
        List<FlowVariable> in(Path out);
    }

    private static String requireData(final String name) {
        Path p = DATA.resolve(name);
        assumeTrue(Files.isDirectory(p), "Real data " + p + " is absent (see ../shared/data/README.md); skipped");
        return p.toAbsolutePath().toString();
    }

    private static void run(final String name, final Variables variables, final List<String> outputs)
        throws Exception {
        Path work = Files.createTempDirectory("mitosis-" + name);
        Path copy = copy(WORKFLOWS.resolve(name), work.resolve(name));
        Path out = Files.createDirectories(work.resolve("out"));
        WorkflowManager wfm = load(copy);
        try {
            wfm.addWorkflowVariables(false, variables.in(out).toArray(FlowVariable[]::new));
            boolean done = wfm.executeAllAndWaitUntilDone();
            List<String> failed = new ArrayList<>();
            for (NodeContainer nc : wfm.getNodeContainers()) {
                if (!nc.getNodeContainerState().isExecuted()) {
                    failed.add(nc.getNameWithID() + ": " + nc.getNodeMessage().getMessage());
                }
            }
            assertEquals(List.of(), failed, "nodes not executed");
            assertTrue(done, "workflow did not finish");
            for (String o : outputs) {
                Path f = out.resolve(o);
                assertTrue(Files.isRegularFile(f) && Files.size(f) > 0, "missing or empty output " + f);
            }
        } finally {
            WorkflowManager.ROOT.removeProject(wfm.getID());
        }
    }

    /** The workflow in folder {@code dir}, loaded as a project without errors (warnings allowed). */
    static WorkflowManager load(final Path dir) throws Exception {
        WorkflowLoadHelper helper = new WorkflowLoadHelper(WorkflowContextV2.forTemporaryWorkflow(dir, null));
        WorkflowLoadResult loaded = WorkflowManager.loadProject(dir.toFile(), new ExecutionMonitor(), helper);
        assertNotEquals(LoadResultEntryType.Error, loaded.getType(),
            () -> loaded.getFilteredError("", LoadResultEntryType.Warning));
        return loaded.getWorkflowManager();
    }

    /** A copy of folder {@code from} at {@code to}. */
    static Path copy(final Path from, final Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted(Comparator.naturalOrder()).collect(Collectors.toList())) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
