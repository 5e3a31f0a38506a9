package org.mitosis.core.train;

import java.time.Instant;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code manifest.json} of a model file:
 * {@code {"format":"mitosis-model","formatVersion":1,"method":"lap","seed":0,"created":"...","settings":{...}}},
 * and for a tracking model also {@code "trainingCells":{"source":"perturbed","sigma":2.0,"miss":0.05,"spurious":0.02,"seed":7}}
 * ({@link TrainingCells}; files written before it was recorded lack it, which needs no new format version: a
 * reader that does not know it ignores it).
 *
 * @param formatVersion the file layout version
 * @param method the model's method, e.g. {@code lap}
 * @param seed the training seed
 * @param created when the model was made (ISO-8601 instant in the file)
 * @param settings the method's settings, as recorded for people and provenance
 * @param trainingCells what a tracking model learned to link, or null where the file does not say
 */
public record ModelManifest(int formatVersion, String method, long seed, Instant created, JsonNode settings,
        TrainingCells trainingCells) {

    /** The value of the manifest's {@code format} field. */
    public static final String FORMAT = "mitosis-model";

    /** The newest layout this version writes and reads. */
    public static final int FORMAT_VERSION = 1;

    /** Whether the file holds a tracking model (LAP, naive GNN, GNN-DOL) rather than a cell detector. */
    public boolean isTrackingModel() {
        return !DetectorModel.METHOD.equals(method);
    }

    public ModelManifest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(settings, "settings");
    }
}
