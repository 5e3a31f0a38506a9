package org.mitosis.core.train;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.mitosis.core.detect.CentroidDetector;

/** Model file entries of the U-Net detector: those of {@link CentroidDetector#writeTo}, under {@code detector/}. */
final class DetectorCodec implements ModelCodec {

    @Override
    public String method() {
        return DetectorModel.METHOD;
    }

    @Override
    public JsonNode manifestSettings(Model model) {
        return ModelFiles.mapper().valueToTree(((DetectorModel) model).detector().settings());
    }

    @Override
    public void write(Model model, ModelArchive.Writer out) {
        try {
            ((DetectorModel) model).detector().writeTo(out.zip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Model read(ModelManifest manifest, ModelArchive.Reader in) {
        try {
            return new DetectorModel(CentroidDetector.readFrom(in.zip()), manifest.created());
        } catch (IOException e) {
            throw in.bad("detector: " + e.getMessage());
        }
    }
}
