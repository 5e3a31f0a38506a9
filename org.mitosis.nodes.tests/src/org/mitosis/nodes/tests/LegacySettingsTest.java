package org.mitosis.nodes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.workflow.NodeContainer;
import org.knime.core.node.workflow.WorkflowManager;

/**
 * Workflows saved before the learners had their perturbation settings still load, with the option off (they
 * learn from the exact cells, as they did when saved), those saved before the LAP Tracker had its seed load with
 * the seed it used then, those saved before the Cell Detector and QP Correspondence had their cell scale read the
 * frames and cells as they are, those saved before the Division Gallery wrote its page write none, those saved before
 * the Lineage Writer wrote label masks write none, those saved before the Division Gallery outlined cells circle
 * them, and the settings
 * saved since load as they are.
 */
class LegacySettingsTest {

    private static final String[] ADDED = {"learn_from_perturbed_cells", "noise_sigma", "noise_missed",
        "noise_spurious"};

    @Test
    void learnerSavedWithoutPerturbationSettingsLoadsWithItOff() throws Exception {
        Path copy = copyOf("02_Train_GNN-DOL");
        Path settings = copy.resolve("GNN-DOL Learner (#2)").resolve("settings.xml");
        String xml = without(Files.readString(settings), ADDED);
        assertFalse(xml.contains("noise_"), "the old settings still name the noise");
        Files.writeString(settings, xml);
        assertOffWithDefaults(modelSettings(copy, "GNN-DOL Learner"));
    }

    @Test
    void lapTrackerSavedWithoutSettingsLoadsWithPerturbationOff() throws Exception {
        // Before the option the LAP Tracker had no settings at all.
        NodeSettingsRO model = savedWithoutSettings("03_Compare_Trackers", "LAP Tracker (#8)", "LAP Tracker");
        assertOffWithDefaults(model);
        assertEquals(1, model.getInt("seed"), "the seed every LAP Tracker used then");
    }

    /** Saved with the perturbation settings but before the seed was one: the seed those workflows drew with. */
    @Test
    void lapTrackerSavedBeforeItsSeedLoadsSeedOne() throws Exception {
        Path copy = copyOf("03_Compare_Trackers");
        Path settings = copy.resolve("LAP Tracker (#8)").resolve("settings.xml");
        String xml = without(Files.readString(settings), "seed")
            .replace("<entry key=\"learn_from_perturbed_cells\" type=\"xboolean\" value=\"false\"/>",
                "<entry key=\"learn_from_perturbed_cells\" type=\"xboolean\" value=\"true\"/>");
        assertFalse(xml.contains("\"seed"), "the old settings still name the seed");
        Files.writeString(settings, xml);
        NodeSettingsRO model = modelSettings(copy, "LAP Tracker");
        assertTrue(model.getBoolean("learn_from_perturbed_cells"));
        assertEquals(1, model.getInt("seed"));
    }

    /** The settings XML without the entries (and their {@code _Internals}) of {@code keys}. */
    private static String without(final String xml, final String... keys) {
        String out = xml;
        for (String key : keys) {
            out = out.replaceAll("(?s)\\s*<config key=\"" + key + "_Internals\">.*?</config>", "")
                .replaceAll("\\s*<entry key=\"" + key + "\"[^>]*/>", "");
        }
        return out;
    }

    @Test
    void learnerSavedWithPerturbationSettingsLoadsThem() throws Exception {
        Path copy = copyOf("02_Train_GNN-DOL");
        Path settings = copy.resolve("GNN-DOL Learner (#2)").resolve("settings.xml");
        String xml = Files.readString(settings)
            .replace("<entry key=\"learn_from_perturbed_cells\" type=\"xboolean\" value=\"false\"/>",
                "<entry key=\"learn_from_perturbed_cells\" type=\"xboolean\" value=\"true\"/>")
            .replace("<entry key=\"noise_sigma\" type=\"xdouble\" value=\"2.0\"/>",
                "<entry key=\"noise_sigma\" type=\"xdouble\" value=\"3.5\"/>");
        Files.writeString(settings, xml);
        NodeSettingsRO current = modelSettings(copy, "GNN-DOL Learner");
        assertTrue(current.getBoolean("learn_from_perturbed_cells"));
        assertEquals(3.5, current.getDouble("noise_sigma"));
    }

    @Test
    void cellDetectorSavedWithoutCellScaleReadsTheFramesAsTheyAre() throws Exception {
        NodeSettingsRO model = savedWithout("01_Detect_Mitosis", "Cell Detector (#5)", "Cell Detector", "cell_scale",
            "estimate_cell_scale");
        assertEquals(1.0, model.getDouble("cell_scale"));
        assertFalse(model.getBoolean("estimate_cell_scale"));
        assertEquals(0.4, model.getDouble("threshold"));
    }

    @Test
    void qpCorrespondenceSavedWithoutSettingsLinksTheCellsAsGiven() throws Exception {
        // Before the cell scale the node had no settings at all.
        NodeSettingsRO model = savedWithoutSettings("02_Train_GNN-DOL", "QP Correspondence (#5)", "QP Correspondence");
        assertEquals(1.0, model.getDouble("cell_scale"));
        assertFalse(model.getBoolean("correct_drift"));
        assertEquals(1, model.getInt("max_missed"));
    }

    @Test
    void qpCorrespondenceSavedBeforeDriftCorrectionLinksThePositionsAsGiven() throws Exception {
        NodeSettingsRO model = savedWithout("02_Train_GNN-DOL", "QP Correspondence (#5)", "QP Correspondence", "correct_drift");
        assertFalse(model.getBoolean("correct_drift"));
        assertEquals(1.0, model.getDouble("cell_scale"));
    }

    @Test
    void lapTrackerSavedBeforeDriftCorrectionLinksThePositionsAsGiven() throws Exception {
        NodeSettingsRO model = savedWithout("03_Compare_Trackers", "LAP Tracker (#8)", "LAP Tracker", "correct_drift");
        assertFalse(model.getBoolean("correct_drift"));
        assertEquals(1, model.getInt("seed"));
    }

    @Test
    void qpCorrespondenceSavedBeforeLongerGapsClosesOneFrameGapsOnly() throws Exception {
        NodeSettingsRO model = savedWithout("02_Train_GNN-DOL", "QP Correspondence (#5)", "QP Correspondence", "max_missed");
        assertEquals(1, model.getInt("max_missed"), "as the node ran then");
        assertFalse(model.getBoolean("correct_drift"));
    }

    @Test
    void divisionGallerySavedBeforeItsPageFolderWritesNoPage() throws Exception {
        NodeSettingsRO model = savedWithout("04_Track_A_Movie", "Division Gallery (#8)", "Division Gallery", "page_folder");
        assertEquals("", model.getString("page_folder"), "no page, as the node wrote then");
        assertEquals(96, model.getInt("crop_size"));
    }

    @Test
    void divisionGallerySavedBeforeLabelMasksCirclesTheCells() throws Exception {
        NodeSettingsRO model = savedWithout("04_Track_A_Movie", "Division Gallery (#8)", "Division Gallery", "label_masks");
        assertEquals("", model.getString("label_masks"), "no outlines, as the node drew then");
        assertEquals("", model.getString("page_folder"));
    }

    @Test
    void lineageWriterSavedBeforeLabelMasksWritesNoMasks() throws Exception {
        NodeSettingsRO model = savedWithout("04_Track_A_Movie", "Lineage Writer (#6)", "Lineage Writer", "label_masks");
        assertEquals("", model.getString("label_masks"), "no masks, as the node wrote then");
        assertTrue(model.getBoolean("overwrite"));
    }

    @Test
    void lapTrackerSavedBeforeLongerGapsClosesOneFrameGapsOnly() throws Exception {
        NodeSettingsRO model = savedWithout("03_Compare_Trackers", "LAP Tracker (#8)", "LAP Tracker", "max_missed");
        assertEquals(1, model.getInt("max_missed"), "as the node ran then");
        assertEquals(1, model.getInt("seed"));
    }

    @Test
    void workflowsSavedWithLongerGapsKeepTheirValue() throws Exception {
        assertEquals(2, modelSettings(copyOf("02_Train_GNN-DOL"), "QP Correspondence").getInt("max_missed"));
    }

    /** The model settings of {@code node} (its folder {@code folder}) as loaded from a copy saved with none at all. */
    private static NodeSettingsRO savedWithoutSettings(final String workflow, final String folder, final String node)
        throws Exception {
        Path copy = copyOf(workflow);
        Path settings = copy.resolve(folder).resolve("settings.xml");
        String xml = Files.readString(settings).replaceAll("(?s)<config key=\"model\">.*?\n    </config>",
            "<config key=\"model\"/>");
        assertTrue(xml.contains("<config key=\"model\"/>"), "the model settings emptied");
        Files.writeString(settings, xml);
        return modelSettings(copy, node);
    }

    /**
     * The model settings of {@code node} (its folder {@code folder}) as loaded from a copy of {@code workflow} saved
     * before the settings {@code keys} existed.
     */
    private static NodeSettingsRO savedWithout(final String workflow, final String folder, final String node,
        final String... keys) throws Exception {
        Path copy = copyOf(workflow);
        Path settings = copy.resolve(folder).resolve("settings.xml");
        String xml = without(Files.readString(settings), keys);
        for (String key : keys) {
            assertFalse(xml.contains("\"" + key + "\""), "the old settings still name " + key);
        }
        Files.writeString(settings, xml);
        return modelSettings(copy, node);
    }

    private static void assertOffWithDefaults(final NodeSettingsRO model) throws Exception {
        assertFalse(model.getBoolean("learn_from_perturbed_cells"));
        assertEquals(2.0, model.getDouble("noise_sigma"));
        assertEquals(0.05, model.getDouble("noise_missed"));
        assertEquals(0.02, model.getDouble("noise_spurious"));
    }

    private static Path copyOf(final String workflow) throws Exception {
        Path work = Files.createTempDirectory("mitosis-legacy");
        return ExampleWorkflowsTest.copy(ExampleWorkflowsTest.WORKFLOWS.resolve(workflow), work.resolve(workflow));
    }

    /** The model settings of the workflow's first node named {@code node}, as the loaded node holds them. */
    private static NodeSettingsRO modelSettings(final Path workflow, final String node) throws Exception {
        WorkflowManager wfm = ExampleWorkflowsTest.load(workflow);
        try {
            for (NodeContainer nc : wfm.getNodeContainers()) {
                if (nc.getName().equals(node)) {
                    return nc.getNodeSettings().getNodeSettings("model");
                }
            }
            throw new AssertionError("no " + node + " in " + workflow);
        } finally {
            WorkflowManager.ROOT.removeProject(wfm.getID());
        }
    }
}
