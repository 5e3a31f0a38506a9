package org.mitosis.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.detect.CentroidDetector;
import org.mitosis.core.detect.DetectorSettings;
import org.mitosis.core.detect.UNet;
import org.mitosis.core.detect.UNetShape;
import org.mitosis.core.io.BadInputException;
import org.mitosis.core.io.GrayImage;
import org.mitosis.core.link.LapSettings;

/** Detector models travel in the same versioned model files as tracking models. */
class DetectorModelFileTest {

    private static final DetectorSettings SETTINGS = new DetectorSettings(new UNetShape(2, 4, 1), 1, 128, 24, 0.0, 4, 20);

    @TempDir
    Path dir;

    private static GrayImage noise() {
        short[] v = new short[96 * 96];
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int i = 0; i < v.length; i++) {
            v[i] = (short) r.nextInt(256);
        }
        return new GrayImage(96, 96, 8, v);
    }

    @Test
    void detectorRoundTripDetectsTheSameCells() throws Exception {
        CentroidDetector detector = new CentroidDetector(SETTINGS, new UNet(SETTINGS.shape(), 5), 5);
        Path file = dir.resolve("detector.zip");
        ModelFiles.write(new DetectorModel(detector, Instant.parse("2026-01-01T00:00:00Z")), file);
        DetectorModel back = ModelFiles.readDetector(file);
        assertEquals(5, back.seed());
        List<Cell> expected = detector.detect(noise(), 0);
        List<Cell> actual = back.detector().detect(noise(), 0);
        assertTrue(!expected.isEmpty(), "threshold 0 finds peaks in noise");
        assertEquals(expected, actual);
    }

    @Test
    void aDetectorIsNotATrackingModelAndViceVersa() throws Exception {
        Path detectorFile = dir.resolve("d.zip");
        ModelFiles.write(new DetectorModel(new CentroidDetector(SETTINGS, new UNet(SETTINGS.shape(), 1), 1), Instant.now()),
                detectorFile);
        BadInputException e = assertThrows(BadInputException.class, () -> ModelFiles.readTracking(detectorFile));
        assertTrue(e.getMessage().contains("not a tracking model"), e.getMessage());

        Path lapFile = dir.resolve("lap.zip");
        ModelFiles.write(new LapModel(LapSettings.DEFAULTS, 0, Instant.now(), TrainingCells.ANNOTATED), lapFile);
        assertThrows(BadInputException.class, () -> ModelFiles.readDetector(lapFile));
    }
}
