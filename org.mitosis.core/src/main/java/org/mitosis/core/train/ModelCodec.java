package org.mitosis.core.train;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes and reads the method-specific part of a model file for one method. Register a new one
 * in {@link ModelFiles}.
 */
public interface ModelCodec {

    /** The method this codec handles, as in {@link Model#method()}. */
    String method();

    /** The settings to record in the manifest, for people and provenance. */
    JsonNode manifestSettings(Model model);

    /** Writes the method's entries (names should start with the method, e.g. {@code lap/}). */
    void write(Model model, ModelArchive.Writer out);

    /**
     * Reads the model back.
     *
     * @throws org.mitosis.core.io.BadInputException for missing or unusable entries
     */
    Model read(ModelManifest manifest, ModelArchive.Reader in);
}
