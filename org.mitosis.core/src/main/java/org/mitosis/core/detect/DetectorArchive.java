package org.mitosis.core.detect;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.mitosis.core.io.BadInputException;

/**
 * The detector's part of a model archive: {@code detector/config.json} (format version, settings,
 * input scaling, seed) and {@code detector/weights.bin} (per parameter: name as modified UTF-8,
 * value count as int, big-endian floats), independent of ND4J's own serialisation.
 */
final class DetectorArchive {

    static final String CONFIG = "detector/config.json";
    static final String WEIGHTS = "detector/weights.bin";
    static final int FORMAT = 1;
    static final String SCALING = "box-average downsampling, then per-image mean/std standardisation clipped at ±5";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What is stored next to the weights. */
    record Config(int format, DetectorSettings settings, long seed, String inputScaling) {
    }

    /** A read archive. */
    record Contents(DetectorSettings settings, long seed, Map<String, float[]> weights) {
    }

    private DetectorArchive() {
    }

    static void write(ZipOutputStream zip, DetectorSettings settings, long seed, Map<String, float[]> weights)
            throws IOException {
        zip.putNextEntry(new ZipEntry(CONFIG));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Config(FORMAT, settings, seed, SCALING)));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(WEIGHTS));
        DataOutputStream out = new DataOutputStream(zip);
        out.writeInt(weights.size());
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().length);
            for (float v : e.getValue()) {
                out.writeFloat(v);
            }
        }
        out.flush();
        zip.closeEntry();
    }

    static Contents read(ZipFile zip) throws IOException {
        Path file = Path.of(zip.getName());
        Config config;
        try (InputStream in = open(zip, CONFIG)) {
            config = JSON.readValue(in, Config.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new BadInputException(file, 0, CONFIG + " is not a valid detector configuration: " + e.getOriginalMessage(), e);
        }
        if (config.format() != FORMAT) {
            throw new BadInputException(file, 0, CONFIG + " has format " + config.format() + ", this version reads " + FORMAT);
        }
        if (config.settings() == null || !config.settings().problems().isEmpty()) {
            throw new BadInputException(file, 0, CONFIG + " holds invalid settings: "
                    + (config.settings() == null ? "none" : String.join("; ", config.settings().problems())));
        }
        Map<String, float[]> weights = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(open(zip, WEIGHTS))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                int length = in.readInt();
                if (length < 0 || length > 1 << 28) {
                    throw new BadInputException(file, 0, WEIGHTS + ": parameter " + name + " claims " + length + " values");
                }
                float[] w = new float[length];
                for (int j = 0; j < length; j++) {
                    w[j] = in.readFloat();
                }
                weights.put(name, w);
            }
        } catch (EOFException e) {
            throw new BadInputException(file, 0, WEIGHTS + " ends early", e);
        }
        return new Contents(config.settings(), config.seed(), weights);
    }

    private static InputStream open(ZipFile zip, String entry) throws IOException {
        ZipEntry e = zip.getEntry(entry);
        if (e == null) {
            throw new BadInputException(Path.of(zip.getName()), 0, "no entry " + entry + " in the model archive");
        }
        return zip.getInputStream(e);
    }
}
