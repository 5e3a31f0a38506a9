package org.mitosis.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.io.BadInputException;
import org.mitosis.core.link.LapLinker;
import org.mitosis.core.link.LapSettings;
import org.mitosis.core.synth.DetectionNoise;

class ModelFilesTest {

    private static final LapModel MODEL = new LapModel(new LapSettings(21.4, 80.2, 457.8, 457.8, true, 32.1, 3),
            42, Instant.parse("2026-11-25T16:00:00Z"),
            TrainingCells.perturbed(new DetectionNoise.Settings(2, 0.05, 0.02, 42)));

    private static final String SETTINGS = "{\"maxDistance\":20.0,\"splitCost\":100.0,\"birthCost\":400.0,"
            + "\"deathCost\":400.0,\"gapClosing\":false,\"gapMaxDistance\":20.0,\"minDaughterFrames\":1}";

    @TempDir
    Path dir;

    @Test
    void roundTripsALapModel() throws IOException {
        Path file = dir.resolve("model.zip");
        ModelFiles.write(MODEL, file);
        TrackingModel back = ModelFiles.readTracking(file);
        assertEquals(MODEL, back);
        assertEquals("lap", back.method());
        assertTrue(back.linker() instanceof LapLinker);
        assertEquals(MODEL.settings(), ((LapLinker) back.linker()).settings());
        try (var stream = Files.list(dir)) {
            assertEquals(1, stream.count(), "no temporary file left behind");
        }
        ModelFiles.write(MODEL, file);
        assertEquals(MODEL, ModelFiles.read(file), "overwriting works");
    }

    @Test
    void writesTheAgreedManifest() throws IOException {
        Path file = dir.resolve("model.zip");
        ModelFiles.write(MODEL, file);
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            JsonNode m = new ObjectMapper().readTree(zip.getInputStream(zip.getEntry("manifest.json")));
            assertEquals("mitosis-model", m.get("format").asText());
            assertEquals(1, m.get("formatVersion").asInt());
            assertEquals("lap", m.get("method").asText());
            assertEquals(42, m.get("seed").asLong());
            assertEquals("2026-11-25T16:00:00Z", m.get("created").asText());
            assertEquals(21.4, m.get("settings").get("maxDistance").asDouble());
            JsonNode cells = m.get("trainingCells");
            assertEquals("perturbed", cells.get("source").asText());
            assertEquals(2.0, cells.get("sigma").asDouble());
            assertEquals(0.05, cells.get("miss").asDouble());
            assertEquals(0.02, cells.get("spurious").asDouble());
            assertEquals(42, cells.get("seed").asLong());
            assertTrue(zip.getEntry("lap/settings.json") != null);
        }
    }

    @Test
    void readsAFileWrittenBeforeTrainingCellsWereRecorded() throws IOException {
        TrackingModel old = ModelFiles.readTracking(zip("old.zip", Map.of("manifest.json", manifest(1, "lap"),
                "lap/settings.json", SETTINGS)));
        assertTrue(old.trainingCells().isEmpty(), "an older file does not say what the model learned from");
        ModelFiles.write(new LapModel(LapSettings.DEFAULTS, 0, Instant.now(), TrainingCells.ANNOTATED),
                dir.resolve("annotated.zip"));
        assertEquals(TrainingCells.ANNOTATED, ModelFiles.readTracking(dir.resolve("annotated.zip")).trainingCells().get());
        assertEquals("perturbed cells (sigma 2.0 px, 5.0 % missed, 2.0 % spurious, seed 42)",
                MODEL.trainingCells().get().description());
    }

    @Test
    void refusesBadTrainingCells() throws IOException {
        String perturbed = "\"trainingCells\":{\"source\":\"perturbed\",\"sigma\":2.0,\"miss\":0.05,\"spurious\":0.02,\"seed\":7}";
        for (String[] bad : new String[][] {
            {"\"trainingCells\":{\"source\":\"dreamed\"}", "source must be annotated, given or perturbed"},
            {perturbed.replace(",\"sigma\":2.0", ""), "sigma must be a number"},
            {perturbed.replace("\"seed\":7", "\"seed\":\"seven\""), "seed must be a whole number"},
            {perturbed.replace("\"miss\":0.05", "\"miss\":1.5"), "miss fraction"}}) {
            String m = manifest(1, "lap").replace("\"settings\":", bad[0] + ",\"settings\":");
            assertBad(zip("bad.zip", Map.of("manifest.json", m, "lap/settings.json", SETTINGS)), bad[1]);
        }
    }

    @Test
    void refusesAFileThatIsNotAZip() throws IOException {
        Path file = Files.writeString(dir.resolve("tracks.txt"), "1 0 10 0\n");
        assertBad(file, "not a zip archive");
        assertBad(Files.write(dir.resolve("empty.zip"), new byte[0]), "not a zip archive");
    }

    @Test
    void refusesAZipWithoutOurManifest() throws IOException {
        assertBad(zip("other.zip", Map.of("readme.txt", "hello")), "has no manifest.json");
        assertBad(zip("foreign.zip", Map.of("manifest.json", "{\"format\":\"something-else\"}")), "lacks \"format\"");
    }

    @Test
    void refusesATruncatedFile() throws IOException {
        Path file = dir.resolve("model.zip");
        ModelFiles.write(MODEL, file);
        byte[] all = Files.readAllBytes(file);
        Path cut = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(all, all.length / 2));
        assertBad(cut, "truncated");
    }

    @Test
    void refusesANewerFormatVersion() throws IOException {
        Path file = zip("new.zip", Map.of("manifest.json", manifest(2, "lap"), "lap/settings.json", SETTINGS));
        BadInputException e = assertBad(file, "format version 2 is newer");
        assertEquals(file, e.file());
    }

    @Test
    void refusesUnknownMethodsAndBadManifests() throws IOException {
        assertBad(zip("m.zip", Map.of("manifest.json", manifest(1, "gnn-magic"))), "unknown method 'gnn-magic'");
        assertBad(zip("v.zip", Map.of("manifest.json", manifest(0, "lap"))), "formatVersion");
        assertBad(zip("j.zip", Map.of("manifest.json", "{\n\"format\": \"mitosis-model\",\n oops")), "manifest.json line");
        String noDate = manifest(1, "lap").replace("2026-11-25T16:00:00Z", "yesterday");
        assertBad(zip("d.zip", Map.of("manifest.json", noDate, "lap/settings.json", SETTINGS)), "created");
    }

    @Test
    void refusesMissingOrInvalidLapSettings() throws IOException {
        assertBad(zip("a.zip", Map.of("manifest.json", manifest(1, "lap"))), "no entry lap/settings.json");
        assertBad(zip("b.zip", Map.of("manifest.json", manifest(1, "lap"),
                "lap/settings.json", SETTINGS.replace("20.0,\"splitCost\"", "-5.0,\"splitCost\""))), "max distance");
        assertBad(zip("c.zip", Map.of("manifest.json", manifest(1, "lap"),
                "lap/settings.json", SETTINGS.replace(",\"minDaughterFrames\":1", ""))), "LapSettings");
        assertBad(zip("e.zip", Map.of("manifest.json", manifest(1, "lap"),
                "lap/settings.json", SETTINGS.replace("}", ",\"colour\":1}"))), "LapSettings");
    }

    @Test
    void refusesAMissingFile() {
        assertThrows(BadInputException.class, () -> ModelFiles.read(dir.resolve("absent.zip")));
        assertThrows(BadInputException.class, () -> ModelFiles.manifest(dir.resolve("absent.zip")));
    }

    @Test
    void readsTheManifestAloneAndRefusesWhatReadingTheModelRefusesOfIt() throws IOException {
        Path file = dir.resolve("model.zip");
        ModelFiles.write(MODEL, file);
        ModelManifest m = ModelFiles.manifest(file);
        assertEquals("lap", m.method());
        assertEquals(42, m.seed());
        assertEquals(MODEL.created(), m.created());
        assertEquals(MODEL.trainingCells().get(), m.trainingCells());
        assertTrue(m.isTrackingModel());

        // the model's own entries are not decoded: a missing one fails only when the model is read
        Path noSettings = zip("a.zip", Map.of("manifest.json", manifest(1, "lap")));
        assertEquals("lap", ModelFiles.manifest(noSettings).method());
        assertBad(noSettings, "no entry lap/settings.json");

        for (Path bad : List.of(Files.writeString(dir.resolve("tracks.txt"), "1 0 10 0\n"),
                zip("n.zip", Map.of("manifest.json", manifest(2, "lap"))),
                zip("m.zip", Map.of("manifest.json", manifest(1, "gnn-magic"))))) {
            BadInputException e = assertThrows(BadInputException.class, () -> ModelFiles.manifest(bad));
            assertEquals(bad, e.file());
        }
        assertFalse(ModelFiles.manifest(zip("d.zip", Map.of("manifest.json", manifest(1, DetectorModel.METHOD))))
                .isTrackingModel());
    }

    private static BadInputException assertBad(Path file, String expected) {
        BadInputException e = assertThrows(BadInputException.class, () -> ModelFiles.read(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        return e;
    }

    private static String manifest(int version, String method) {
        return "{\"format\":\"mitosis-model\",\"formatVersion\":" + version + ",\"method\":\"" + method
                + "\",\"seed\":0,\"created\":\"2026-11-25T16:00:00Z\",\"settings\":" + SETTINGS + "}";
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : new LinkedHashMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
