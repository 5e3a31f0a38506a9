package org.mitosis.core.gnn;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.mitosis.core.graph.DistanceGate;
import org.mitosis.core.graph.FeatureScaler;
import org.mitosis.core.graph.GraphSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A trained GNN with everything inference needs: graph settings, the distance gate, the node
 * feature standardisation, the architecture and weights, the seed it was trained from and the
 * rounding thresholds.
 *
 * <p>Stored as two entries of a zip: {@value #SETTINGS_ENTRY} (JSON, human-readable) and
 * {@value #WEIGHTS_ENTRY} (big-endian doubles: scaler, then weights by name), so that the project's
 * model file can fold it in next to other parts.
 *
 * @param graph graph and candidate settings
 * @param gate distance gate in pixels
 * @param scaler node feature standardisation fitted on the training frames
 * @param parameters architecture and weights
 * @param seed seed the training started from
 * @param threshold rounding threshold on z
 * @param divisionThreshold rounding threshold on z of a source's second link
 */
public record GnnModel(GraphSettings graph, DistanceGate gate, FeatureScaler scaler, GnnParameters parameters,
        long seed, double threshold, double divisionThreshold) {

    /** Zip entry of the settings. */
    public static final String SETTINGS_ENTRY = "gnn/settings.json";
    /** Zip entry of the arrays. */
    public static final String WEIGHTS_ENTRY = "gnn/weights.bin";
    private static final int FORMAT = 1;

    public GnnModel {
        graph.validate();
        if (scaler.length() != parameters.config().nodeFeatures()) {
            throw new IllegalArgumentException("scaler has " + scaler.length() + " features, network expects "
                    + parameters.config().nodeFeatures());
        }
        new LinkRounding(threshold, divisionThreshold);
    }

    /** The same model with other rounding thresholds. */
    public GnnModel withThresholds(double newThreshold, double newDivisionThreshold) {
        return new GnnModel(graph, gate, scaler, parameters, seed, newThreshold, newDivisionThreshold);
    }

    /** Writes both entries into {@code zip} (the caller closes it). */
    public void writeTo(ZipOutputStream zip) throws IOException {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("format", FORMAT);
        s.put("graph", graph);
        s.put("gateRadius", gate.radius());
        s.put("config", parameters.config());
        s.put("seed", seed);
        s.put("threshold", threshold);
        s.put("divisionThreshold", divisionThreshold);
        zip.putNextEntry(new ZipEntry(SETTINGS_ENTRY));
        zip.write(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(s));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(WEIGHTS_ENTRY));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(zip));
        scaler.writeTo(out);
        parameters.writeTo(out);
        out.flush();
        zip.closeEntry();
    }

    /**
     * @throws IOException when an entry is missing or does not fit the other
     */
    public static GnnModel readFrom(ZipFile zip) throws IOException {
        JsonNode s;
        try (InputStream in = entry(zip, SETTINGS_ENTRY)) {
            s = new ObjectMapper().readTree(in);
        }
        if (s.path("format").asInt() != FORMAT) {
            throw new IOException(zip.getName() + ": " + SETTINGS_ENTRY + " has format " + s.path("format") + ", expected " + FORMAT);
        }
        ObjectMapper m = new ObjectMapper();
        GraphSettings graph = m.treeToValue(s.get("graph"), GraphSettings.class);
        GnnConfig config = m.treeToValue(s.get("config"), GnnConfig.class);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(entry(zip, WEIGHTS_ENTRY)))) {
            FeatureScaler scaler = FeatureScaler.readFrom(in);
            GnnParameters parameters = GnnParameters.readFrom(in, config);
            return new GnnModel(graph, new DistanceGate(s.get("gateRadius").asDouble()), scaler, parameters,
                    s.get("seed").asLong(), s.get("threshold").asDouble(), s.get("divisionThreshold").asDouble());
        } catch (IllegalArgumentException e) {
            throw new IOException(zip.getName() + ": inconsistent GNN model: " + e.getMessage(), e);
        }
    }

    private static InputStream entry(ZipFile zip, String name) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new IOException(zip.getName() + " has no entry " + name);
        }
        return zip.getInputStream(e);
    }
}
