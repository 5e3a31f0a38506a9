package org.mitosis.core.train;

import com.fasterxml.jackson.databind.JsonNode;
import org.mitosis.core.link.LapSettings;

/** Model file entries of the LAP method: {@code lap/settings.json}, the linker settings. */
final class LapCodec implements ModelCodec {

    static final String SETTINGS = "lap/settings.json";

    @Override
    public String method() {
        return LapModel.METHOD;
    }

    @Override
    public JsonNode manifestSettings(Model model) {
        return ModelFiles.mapper().valueToTree(((LapModel) model).settings());
    }

    @Override
    public void write(Model model, ModelArchive.Writer out) {
        out.putJson(SETTINGS, out.mapper().valueToTree(((LapModel) model).settings()));
    }

    @Override
    public TrackingModel read(ModelManifest manifest, ModelArchive.Reader in) {
        LapSettings settings = in.convert(SETTINGS, in.json(SETTINGS), LapSettings.class);
        try {
            settings.validate();
        } catch (IllegalArgumentException e) {
            throw in.bad(SETTINGS + ": " + e.getMessage());
        }
        return new LapModel(settings, manifest.seed(), manifest.created(), manifest.trainingCells());
    }
}
