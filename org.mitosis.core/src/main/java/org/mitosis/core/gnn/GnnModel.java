package org.mitosis.core.gnn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.graph.DistanceGate;
import org.mitosis.core.graph.FeatureScaler;
import org.mitosis.core.graph.GraphSettings;
import org.mitosis.core.graph.NodeFeatures;
import org.mitosis.core.link.GapCloser;
import org.mitosis.core.link.ShortBranchPruner;
import org.mitosis.core.link.StolenContinuations;

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
 * @param minDaughterFrames a division is kept only where its daughter branches last at least this
 *        many frames ({@link ShortBranchPruner}; 1 keeps every division): the context beyond one frame
 *        pair that the network cannot see
 * @param gapClosing whether a track that ends at t−1 continues as one that starts at t+1 within the
 *        distance gate ({@link GapCloser}), before pruning: a cell the detector missed in one frame
 */
public record GnnModel(GraphSettings graph, DistanceGate gate, FeatureScaler scaler, GnnParameters parameters,
        long seed, double threshold, double divisionThreshold, int minDaughterFrames, boolean gapClosing) {

    /** Zip entry of the settings. */
    public static final String SETTINGS_ENTRY = "gnn/settings.json";
    /** Zip entry of the arrays. */
    public static final String WEIGHTS_ENTRY = "gnn/weights.bin";
    /**
     * 6: node features may hold the temporal context (read as off from format 5, whose features are
     * otherwise the same); 5: GNN-DOL's appearance and split cost priors (the trained LAP's); 4: GNN-DOL's learned costs bounded by the prior's scale; 3: the squared-distance prior's
     * weight; 2: eight pair features (the sister midpoint added), division pruning, gap closing; 1
     * had seven and neither.
     */
    private static final int FORMAT = 6;
    /** The earliest format this build still reads. */
    private static final int OLDEST_READ = 5;

    public GnnModel {
        graph.validate();
        if (scaler.length() != parameters.config().nodeFeatures()) {
            throw new IllegalArgumentException("scaler has " + scaler.length() + " features, network expects "
                    + parameters.config().nodeFeatures());
        }
        new LinkRounding(threshold, divisionThreshold);
        new ShortBranchPruner(minDaughterFrames);
    }

    /** Number of features of their own (a detector's or label masks' shape features) the training cells had. */
    public int cellFeatures() {
        return scaler.length() - NodeFeatures.geometricLength(graph);
    }

    /**
     * The cells as this model reads them: without features of their own where it was trained on
     * positions only.
     *
     * @throws IllegalArgumentException when the model needs features the cells do not have, or others
     */
    public CellSequence fit(CellSequence cells) {
        int trained = cellFeatures();
        if (trained == 0) {
            return cells.withoutFeatures();
        }
        if (cells.featureCount() != trained) {
            throw new IllegalArgumentException("the model was trained on cells with " + trained
                    + " features of their own (a detector's or label masks' shape features); these cells have "
                    + cells.featureCount());
        }
        return cells;
    }

    /** The same model with other rounding thresholds, division pruning and gap closing. */
    public GnnModel withRounding(double newThreshold, double newDivisionThreshold, int newMinDaughterFrames,
            boolean newGapClosing) {
        return new GnnModel(graph, gate, scaler, parameters, seed, newThreshold, newDivisionThreshold,
                newMinDaughterFrames, newGapClosing);
    }

    /**
     * The lineage of rounded link values, stolen continuations given back, one-frame gaps closed (if
     * on), short division branches pruned.
     */
    public Lineage round(LinkValues values) {
        return assemble(values.round(new LinkRounding(threshold, divisionThreshold)));
    }

    /**
     * The whole-sequence steps after rounding: a cell's continuation that a neighbour took as a
     * daughter goes back to it ({@link StolenContinuations}), one-frame gaps are closed (if on), then
     * short division branches pruned.
     *
     * @param rounded links rounded with this model's thresholds
     */
    public Lineage assemble(Lineage rounded) {
        Lineage repaired = new StolenContinuations(gate.radius()).repair(rounded);
        Lineage linked = gapClosing ? new GapCloser(gate.radius()).close(repaired) : repaired;
        return new ShortBranchPruner(minDaughterFrames).prune(linked);
    }

    /** Writes both entries into {@code zip} (the caller closes it). */
    public void writeTo(ZipOutputStream zip) throws IOException {
        zip.putNextEntry(new ZipEntry(SETTINGS_ENTRY));
        zip.write(settingsJson());
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(WEIGHTS_ENTRY));
        zip.write(weightBytes());
        zip.closeEntry();
    }

    /**
     * @throws IOException when an entry is missing or does not fit the other
     */
    public static GnnModel readFrom(ZipFile zip) throws IOException {
        try (InputStream s = entry(zip, SETTINGS_ENTRY); InputStream w = entry(zip, WEIGHTS_ENTRY)) {
            return fromBytes(s.readAllBytes(), w.readAllBytes());
        } catch (IOException e) {
            throw new IOException(zip.getName() + ": " + e.getMessage(), e);
        }
    }

    /** The settings entry: graph settings, gate, architecture, seed and thresholds as JSON. */
    public byte[] settingsJson() throws IOException {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("format", FORMAT);
        s.put("graph", graph);
        s.put("gateRadius", gate.radius());
        s.put("config", parameters.config());
        s.put("seed", seed);
        s.put("threshold", threshold);
        s.put("divisionThreshold", divisionThreshold);
        s.put("minDaughterFrames", minDaughterFrames);
        s.put("gapClosing", gapClosing);
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(s);
    }

    /** The weights entry: the feature scaler, then every weight array, as big-endian doubles. */
    public byte[] weightBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        scaler.writeTo(out);
        parameters.writeTo(out);
        out.flush();
        return bytes.toByteArray();
    }

    /**
     * The model from the two entries written by {@link #settingsJson()} and {@link #weightBytes()}.
     *
     * @throws IOException when they cannot be read or do not fit together
     */
    public static GnnModel fromBytes(byte[] settingsJson, byte[] weights) throws IOException {
        ObjectMapper m = new ObjectMapper();
        JsonNode s = m.readTree(settingsJson);
        if (s != null && s.path("format").isInt() && s.path("format").asInt() < OLDEST_READ && s.path("format").asInt() >= 1) {
            throw new IOException(SETTINGS_ENTRY + " has format " + s.path("format").asInt() + ", from an earlier Mitosis "
                    + "whose networks had other inputs, weights or outputs; train the model again");
        }
        if (s == null || s.path("format").asInt() < OLDEST_READ || s.path("format").asInt() > FORMAT) {
            throw new IOException(SETTINGS_ENTRY + " has format " + (s == null ? "none" : s.path("format")) + ", expected "
                    + OLDEST_READ + "-" + FORMAT);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(weights))) {
            GraphSettings graph = m.treeToValue(s.get("graph"), GraphSettings.class);
            GnnConfig config = m.treeToValue(s.get("config"), GnnConfig.class);
            FeatureScaler scaler = FeatureScaler.readFrom(in);
            GnnParameters parameters = GnnParameters.readFrom(in, config);
            if (in.read() != -1) {
                throw new IOException(WEIGHTS_ENTRY + " holds more data than the configuration needs");
            }
            return new GnnModel(graph, new DistanceGate(s.path("gateRadius").asDouble()), scaler, parameters,
                    s.path("seed").asLong(), s.path("threshold").asDouble(), s.path("divisionThreshold").asDouble(),
                    s.path("minDaughterFrames").asInt(), s.path("gapClosing").asBoolean());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException("inconsistent GNN model: " + e.getMessage(), e);
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
