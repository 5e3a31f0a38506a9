package org.mitosis.nodes.modelreader;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.mitosis.core.io.BadInputException;
import org.mitosis.core.train.ModelFiles;
import org.mitosis.core.train.ModelManifest;
import org.mitosis.nodes.exec.LocalPaths;

/** What both model reader nodes do at configure time: check the file's manifest and state it as port facts. */
final class ModelFileReading {

    private ModelFileReading() {
    }

    /**
     * The manifest of the model file that {@code file} names, which must hold a tracking model or a detector as asked.
     *
     * @throws InvalidSettingsException if no file is chosen, it is no readable model file, or holds the other kind
     */
    static ModelManifest manifest(final SettingsModelString file, final boolean tracking)
        throws InvalidSettingsException {
        if (file.getStringValue().isBlank()) {
            throw new InvalidSettingsException("Choose the model file");
        }
        ModelManifest manifest;
        try {
            manifest = ModelFiles.manifest(LocalPaths.resolve(file.getStringValue(), "Model file"));
        } catch (BadInputException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidSettingsException("Cannot read " + file.getStringValue() + ": " + e.getMessage(), e);
        }
        if (manifest.isTrackingModel() != tracking) {
            throw new InvalidSettingsException(file.getStringValue() + " holds a " + manifest.method() + " model; use the "
                + (tracking ? "Detector" : "Tracking") + " Model Reader for it");
        }
        return manifest;
    }

    /** The port facts of a model: its method, seed, creation time and, for a tracker, the cells it learned from. */
    static Map<String, String> facts(final ModelManifest manifest) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("method", manifest.method());
        facts.put("seed", "" + manifest.seed());
        facts.put("created", manifest.created().toString());
        if (manifest.isTrackingModel()) {
            facts.put("learned from",
                manifest.trainingCells() == null ? "not recorded" : manifest.trainingCells().description());
        }
        return facts;
    }
}
