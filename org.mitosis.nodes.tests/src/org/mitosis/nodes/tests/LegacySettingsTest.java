package org.mitosis.nodes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.workflow.NodeContainer;
import org.knime.core.node.workflow.WorkflowLoadHelper;
import org.knime.core.node.workflow.WorkflowManager;
import org.knime.core.node.workflow.WorkflowPersistor.LoadResultEntry.LoadResultEntryType;
import org.knime.core.node.workflow.WorkflowPersistor.WorkflowLoadResult;
import org.knime.core.node.workflow.contextv2.WorkflowContextV2;

/**
 * A workflow saved before the GNN-DOL Learner had its perturbation settings still loads, with the option off (it
 * learns from the exact cells, as it did when saved), and the settings saved since load as they are.
 */
class LegacySettingsTest {

    private static final String LEARNER = "GNN-DOL Learner (#2)";

    private static final String[] ADDED = {"learn_from_perturbed_cells", "noise_sigma", "noise_missed",
        "noise_spurious"};

    @Test
    void learnerSavedWithoutPerturbationSettingsLoadsWithItOff() throws Exception {
        Path copy = copyOf02();
        Path settings = copy.resolve(LEARNER).resolve("settings.xml");
        String xml = Files.readString(settings);
        for (String key : ADDED) {
            xml = xml.replaceAll("(?s)\\s*<config key=\"" + key + "_Internals\">.*?</config>", "")
                .replaceAll("\\s*<entry key=\"" + key + "\"[^>]*/>", "");
        }
        assertFalse(xml.contains("noise_"), "the old settings still name the noise");
        Files.writeString(settings, xml);
        NodeSettingsRO legacy = learnerModelSettings(copy);
        assertFalse(legacy.getBoolean("learn_from_perturbed_cells"));
        assertEquals(2.0, legacy.getDouble("noise_sigma"));
        assertEquals(0.05, legacy.getDouble("noise_missed"));
        assertEquals(0.02, legacy.getDouble("noise_spurious"));
    }

    @Test
    void learnerSavedWithPerturbationSettingsLoadsThem() throws Exception {
        Path copy = copyOf02();
        Path settings = copy.resolve(LEARNER).resolve("settings.xml");
        String xml = Files.readString(settings)
            .replace("<entry key=\"learn_from_perturbed_cells\" type=\"xboolean\" value=\"false\"/>",
                "<entry key=\"learn_from_perturbed_cells\" type=\"xboolean\" value=\"true\"/>")
            .replace("<entry key=\"noise_sigma\" type=\"xdouble\" value=\"2.0\"/>",
                "<entry key=\"noise_sigma\" type=\"xdouble\" value=\"3.5\"/>");
        Files.writeString(settings, xml);
        NodeSettingsRO current = learnerModelSettings(copy);
        assertTrue(current.getBoolean("learn_from_perturbed_cells"));
        assertEquals(3.5, current.getDouble("noise_sigma"));
    }

    private static Path copyOf02() throws Exception {
        Path work = Files.createTempDirectory("mitosis-legacy");
        return ExampleWorkflowsTest.copy(ExampleWorkflowsTest.WORKFLOWS.resolve("02_Train_GNN-DOL"),
            work.resolve("02_Train_GNN-DOL"));
    }

    /** The learner's model settings as the loaded node holds them. */
    private static NodeSettingsRO learnerModelSettings(final Path workflow) throws Exception {
        WorkflowLoadHelper helper = new WorkflowLoadHelper(WorkflowContextV2.forTemporaryWorkflow(workflow, null));
        WorkflowLoadResult loaded = WorkflowManager.loadProject(workflow.toFile(), new ExecutionMonitor(), helper);
        assertNotEquals(LoadResultEntryType.Error, loaded.getType(),
            () -> loaded.getFilteredError("", LoadResultEntryType.Warning));
        WorkflowManager wfm = loaded.getWorkflowManager();
        try {
            for (NodeContainer nc : wfm.getNodeContainers()) {
                if (nc.getName().equals("GNN-DOL Learner")) {
                    return nc.getNodeSettings().getNodeSettings("model");
                }
            }
            throw new AssertionError("no GNN-DOL Learner in " + workflow);
        } finally {
            WorkflowManager.ROOT.removeProject(wfm.getID());
        }
    }
}
