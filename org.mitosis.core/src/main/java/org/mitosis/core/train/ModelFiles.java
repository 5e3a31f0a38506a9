package org.mitosis.core.train;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mitosis.core.io.BadInputException;

/**
 * Model files: a zip archive with {@code manifest.json} ({@link ModelManifest}) and the entries of
 * the model's method. Reading dispatches on the manifest's {@code method} to the registered
 * {@link ModelCodec}; to add a method, add its codec to {@code CODECS} below.
 *
 * <p>Reading refuses, with a {@link BadInputException} that says why: a file that is not a zip
 * archive, a truncated or damaged one, a zip archive without our manifest, a newer format version,
 * an unknown method, and entries that do not hold valid settings.
 */
public final class ModelFiles {

    private static final String MANIFEST = "manifest.json";

    /** One codec per method; the only place that lists the methods. */
    private static final Map<String, ModelCodec> CODECS = Map.of(LapModel.METHOD, new LapCodec(),
            GnnTrackingModel.NAIVE, new GnnCodec(GnnTrackingModel.NAIVE),
            GnnTrackingModel.DOL, new GnnCodec(GnnTrackingModel.DOL), DetectorModel.METHOD, new DetectorCodec());

    private ModelFiles() {
    }

    /**
     * Writes the model to {@code file} (replacing it), via a temporary file beside it so that a
     * failed write leaves no half file behind.
     *
     * @throws IllegalArgumentException if no codec handles the model's method
     * @throws IOException if the file cannot be written
     */
    public static void write(Model model, Path file) throws IOException {
        ModelCodec codec = codec(model.method());
        if (codec == null) {
            throw new IllegalArgumentException("no model file codec for method '" + model.method() + "'");
        }
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out)) {
                ModelArchive.Writer writer = new ModelArchive.Writer(zip, mapper());
                writer.putJson(MANIFEST, manifest(model, codec));
                codec.write(model, writer);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * @throws BadInputException if the file is not a readable model file of this version
     * @throws IOException if the file cannot be opened
     */
    public static Model read(Path file) throws IOException {
        return withArchive(file, (reader, manifest) -> codec(manifest.method()).read(manifest, reader));
    }

    /**
     * The manifest alone, without decoding the model: what a front end shows before it loads the model
     * (a KNIME reader node's output spec: the method, seed and training cells).
     *
     * @throws BadInputException if the file is not a model file of this version, or its manifest is invalid
     * @throws IOException if the file cannot be opened
     */
    public static ModelManifest manifest(Path file) throws IOException {
        return withArchive(file, (reader, manifest) -> manifest);
    }

    /** What is done with an open model file and its checked manifest. */
    private interface ArchiveTask<T> {
        T apply(ModelArchive.Reader reader, ModelManifest manifest) throws IOException;
    }

    private static <T> T withArchive(Path file, ArchiveTask<T> task) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, 0, "no such model file");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new BadInputException(file, 0, "not a Mitosis model file: not a zip archive, or a truncated one ("
                    + e.getMessage() + ")", e);
        }
        try (zip) {
            ModelArchive.Reader reader = new ModelArchive.Reader(file, zip, mapper());
            if (!reader.has(MANIFEST)) {
                throw reader.bad("not a Mitosis model file: the zip archive has no " + MANIFEST);
            }
            return task.apply(reader, parseManifest(reader, reader.json(MANIFEST)));
        }
    }

    /**
     * Reads a tracking model (LAP, naive GNN or GNN-DOL).
     *
     * @throws BadInputException if the file is not a readable model file or holds another kind of model
     */
    public static TrackingModel readTracking(Path file) throws IOException {
        Model m = read(file);
        if (m instanceof TrackingModel t) {
            return t;
        }
        throw new BadInputException(file, 0, "holds a " + m.method() + " model, not a tracking model (lap, naive-gnn, gnn-dol)");
    }

    /**
     * Reads a cell detector model.
     *
     * @throws BadInputException if the file is not a readable model file or holds another kind of model
     */
    public static DetectorModel readDetector(Path file) throws IOException {
        Model m = read(file);
        if (m instanceof DetectorModel d) {
            return d;
        }
        throw new BadInputException(file, 0, "holds a " + m.method() + " model, not a cell detector (" + DetectorModel.METHOD + ")");
    }

    /** A mapper that refuses unknown, missing and null fields. */
    static ObjectMapper mapper() {
        return new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);
    }

    private static ModelCodec codec(String method) {
        return CODECS.get(method);
    }

    private static ObjectNode manifest(Model model, ModelCodec codec) {
        ObjectNode m = mapper().createObjectNode();
        m.put("format", ModelManifest.FORMAT);
        m.put("formatVersion", ModelManifest.FORMAT_VERSION);
        m.put("method", model.method());
        m.put("seed", model.seed());
        m.put("created", model.created().toString());
        m.set("settings", codec.manifestSettings(model));
        if (model instanceof TrackingModel tracking) {
            tracking.trainingCells().ifPresent(c -> m.set("trainingCells", c.toJson()));
        }
        return m;
    }

    private static ModelManifest parseManifest(ModelArchive.Reader reader, JsonNode m) {
        if (!m.isObject() || !ModelManifest.FORMAT.equals(m.path("format").asText(null))) {
            throw reader.bad("not a Mitosis model file: " + MANIFEST + " lacks \"format\": \"" + ModelManifest.FORMAT + "\"");
        }
        JsonNode version = m.path("formatVersion");
        if (!version.isInt() || version.asInt() < 1) {
            throw reader.bad(MANIFEST + ": formatVersion must be a whole number >= 1, got " + version);
        }
        if (version.asInt() > ModelManifest.FORMAT_VERSION) {
            throw reader.bad("model file format version " + version.asInt() + " is newer than this Mitosis reads ("
                    + ModelManifest.FORMAT_VERSION + "); use a newer Mitosis");
        }
        String method = m.path("method").asText("");
        if (codec(method) == null) {
            throw reader.bad(MANIFEST + ": unknown method '" + method + "' (known: " + new TreeSet<>(CODECS.keySet()) + ")");
        }
        JsonNode seed = m.path("seed");
        if (!seed.isIntegralNumber() || !seed.canConvertToLong()) {
            throw reader.bad(MANIFEST + ": seed must be a whole number, got " + seed);
        }
        Instant created;
        try {
            created = Instant.parse(m.path("created").asText(""));
        } catch (DateTimeParseException e) {
            throw reader.bad(MANIFEST + ": created must be an ISO-8601 instant, got " + m.path("created"));
        }
        JsonNode settings = m.path("settings");
        if (!settings.isObject()) {
            throw reader.bad(MANIFEST + ": settings must be an object");
        }
        TrainingCells trainingCells = null;
        if (m.has("trainingCells")) {
            try {
                trainingCells = TrainingCells.fromJson(m.path("trainingCells"));
            } catch (IllegalArgumentException e) {
                throw reader.bad(MANIFEST + ": trainingCells: " + e.getMessage());
            }
        }
        return new ModelManifest(version.asInt(), Objects.requireNonNull(method), seed.asLong(), created, settings,
                trainingCells);
    }
}
