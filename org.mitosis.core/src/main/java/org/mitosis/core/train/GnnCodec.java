package org.mitosis.core.train;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.mitosis.core.gnn.GnnModel;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Model file entries of a GNN method ({@code gnn-naive} or {@code gnn-dol}):
 * {@code <method>/settings.json} (graph settings, gate, architecture, seed, rounding thresholds)
 * and {@code <method>/weights.bin} (feature standardisation and weights, big-endian doubles).
 */
final class GnnCodec implements ModelCodec {

    private final String method;

    GnnCodec(String method) {
        this.method = method;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public JsonNode manifestSettings(Model model) {
        try {
            return ModelFiles.mapper().readTree(((GnnTrackingModel) model).model().settingsJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(Model model, ModelArchive.Writer out) {
        GnnModel m = ((GnnTrackingModel) model).model();
        try {
            out.put(method + "/settings.json", m.settingsJson());
            out.put(method + "/weights.bin", m.weightBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public TrackingModel read(ModelManifest manifest, ModelArchive.Reader in) {
        try {
            GnnModel m = GnnModel.fromBytes(in.bytes(method + "/settings.json"), in.bytes(method + "/weights.bin"));
            GnnTrackingModel model = new GnnTrackingModel(m, manifest.created(), manifest.trainingCells());
            if (!model.method().equals(method)) {
                throw in.bad(method + "/settings.json describes a " + model.method() + " network");
            }
            return model;
        } catch (IOException e) {
            throw in.bad(method + ": " + e.getMessage());
        }
    }
}
