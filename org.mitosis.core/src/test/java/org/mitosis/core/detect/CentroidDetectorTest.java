package org.mitosis.core.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.io.BadInputException;
import org.mitosis.core.io.GrayImage;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.synth.PhaseContrastRenderer;
import org.mitosis.core.synth.RenderSettings;
import org.mitosis.core.synth.SimulationSettings;
import org.mitosis.core.synth.TimeLapseSimulator;

/** Tiling, features and persistence with an untrained tiny network (behaviour, not accuracy). */
class CentroidDetectorTest {

    private static final UNetShape TINY = new UNetShape(2, 4, 1);

    /** Receptive-field radius of the tiny net is 23 working px; a margin of 24 covers it. */
    private static DetectorSettings settings(int tile, int margin) {
        return new DetectorSettings(TINY, 2, tile, margin, 0.0, 4, 20);
    }

    private static GrayImage blobs(int width, int height, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] p = new float[width * height];
        for (int k = 0; k < 12; k++) {
            double cx = r.nextDouble() * width;
            double cy = r.nextDouble() * height;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    p[y * width + x] += (float) (80 * Math.exp(-((x - cx) * (x - cx) + (y - cy) * (y - cy)) / 50.0));
                }
            }
        }
        for (int i = 0; i < p.length; i++) {
            p[i] += 100 + (float) r.nextGaussian() * 3;
        }
        return TestImages.gray8(width, height, p);
    }

    @Test
    void tiledInferenceEqualsWholeFrameInference() {
        UNet net = new UNet(TINY, 11);
        GrayImage image = blobs(190, 150, 1);
        NetworkOutput whole = new CentroidDetector(settings(256, 24), net, 11).run(image, true);
        NetworkOutput tiled = new CentroidDetector(settings(88, 24), net, 11).run(image, true);
        assertEquals(whole.width(), tiled.width());
        assertEquals(whole.map().length, tiled.map().length);
        assertArrayEquals(whole.map(), tiled.map(), 1e-4f);
        assertArrayEquals(whole.features(), tiled.features(), 1e-4f);
    }

    @Test
    void detectionsCarryFeaturesAndLieInTheFrame() {
        UNet net = new UNet(TINY, 11);
        GrayImage image = blobs(120, 90, 2);
        CellSequence cells = new CentroidDetector(settings(256, 24), net, 11)
                .detect(List.of(image, blobs(120, 90, 3)), ProgressMonitor.NONE);
        assertEquals(2, cells.frameCount());
        assertTrue(cells.size() > 0, "threshold 0 on a random net still gives peaks");
        for (Cell c : cells.cells().toList()) {
            assertEquals(TINY.featureCount(), c.featureCount());
            assertTrue(c.x() >= 0 && c.x() <= 119 && c.y() >= 0 && c.y() <= 89, c.toString());
        }
    }

    @Test
    void anImageFolderGivesTheSameCellsAsTheFramesInMemory(@TempDir Path dir) throws IOException {
        SimulationSettings sim = new SimulationSettings(3, 10, 96, 80, 6, 1, 30, 3, 0, 8);
        PhaseContrastRenderer renderer = new PhaseContrastRenderer(new TimeLapseSimulator(sim).simulate(),
                RenderSettings.defaults(sim));
        renderer.writeFrames(dir);
        CentroidDetector detector = new CentroidDetector(settings(128, 24), new UNet(TINY, 17), 17);
        CellSequence fromFolder = detector.detect(ImageSequence.open(dir), ProgressMonitor.NONE);
        CellSequence inMemory = detector.detect(List.of(renderer.render(0), renderer.render(1), renderer.render(2)),
                ProgressMonitor.NONE);
        assertEquals(3, fromFolder.frameCount());
        assertEquals(inMemory.cells().toList(), fromFolder.cells().toList());
    }

    @Test
    void persistenceRoundTripGivesTheSameCells(@TempDir Path dir) throws IOException {
        CentroidDetector detector = new CentroidDetector(settings(128, 24), new UNet(TINY, 13), 13);
        Path file = dir.resolve("model.zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("other/entry.txt"));
            zip.write(1);
            zip.closeEntry();
            detector.writeTo(zip);
        }
        CentroidDetector read;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            read = CentroidDetector.readFrom(zip);
        }
        assertEquals(detector.settings(), read.settings());
        assertEquals(13, read.seed());
        GrayImage image = blobs(100, 70, 4);
        assertEquals(detector.detect(image, 0), read.detect(image, 0));
    }

    @Test
    void aMissingEntryIsBadInput(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("empty.zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("nothing"));
            zip.closeEntry();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            BadInputException e = assertThrows(BadInputException.class, () -> CentroidDetector.readFrom(zip));
            assertTrue(e.problem().contains(DetectorArchive.CONFIG), e.getMessage());
        }
    }

    @Test
    void settingsListEveryProblem() {
        DetectorSettings bad = new DetectorSettings(new UNetShape(0, 0, 3), 0, 100, 7, Double.NaN, 0, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad::validate);
        assertTrue(e.getMessage().split(";").length >= 7, e.getMessage());
        assertTrue(DetectorSettings.defaults().problems().isEmpty());
    }

    @Test
    void scalingMapsCoordinatesBothWaysAndStandardises() {
        InputScaling s = new InputScaling(2);
        assertEquals(0.5, s.toFull(0), 1e-12);
        assertEquals(13.7, s.toFull(s.toWorking(13.7)), 1e-12);
        float[] out = s.apply(blobs(41, 31, 5));
        assertEquals(21 * 16, out.length);
        double mean = 0;
        for (float v : out) {
            mean += v;
        }
        assertEquals(0, mean / out.length, 1e-4);
    }

    @Test
    void fractionalScalingAveragesEachPixelsOverlapAndAgreesWithWholeFactors() {
        // 3 x 2 image, values 0..5; factor 1.5 gives 2 x 2 working pixels covering [0, 1.5) and [1.5, 3)
        GrayImage image = new GrayImage(3, 2, 8, new short[] {0, 1, 2, 3, 4, 5});
        InputScaling s = new InputScaling(1.5);
        assertEquals(2, s.scaled(3));
        assertEquals(0.25, s.toFull(0), 1e-12);
        assertEquals(7.3, s.toFull(s.toWorking(7.3)), 1e-12);
        float[] out = s.apply(image);
        // means: row block [0,1.5) x [0,1.5): (0 + 0.5*1 + 0.5*3 + 0.25*4) / 2.25, and so on; standardised
        double[] means = {(0 + 0.5 * 1 + 0.5 * 3 + 0.25 * 4) / 2.25, (0.5 * 1 + 2 + 0.25 * 4 + 0.5 * 5) / 2.25,
            (3 + 0.5 * 4) / 1.5, (0.5 * 4 + 5) / 1.5};
        double m = (means[0] + means[1] + means[2] + means[3]) / 4;
        double var = 0;
        for (double v : means) {
            var += (v - m) * (v - m) / 4;
        }
        for (int i = 0; i < 4; i++) {
            assertEquals((means[i] - m) / Math.sqrt(var), out[i], 1e-5, "working pixel " + i);
        }

        // factor 0.5 enlarges: each pixel becomes a 2 x 2 block
        float[] big = new InputScaling(0.5).apply(image);
        assertEquals(6 * 4, big.length);
        assertEquals(big[0], big[1]);
        assertEquals(big[0], big[6]);
        assertTrue(big[2] > big[1]);

        // a whole factor given as a fraction-free double is the training's box average, to the bit
        GrayImage blobs = blobs(41, 31, 5);
        assertArrayEquals(new InputScaling(2).apply(blobs), new InputScaling(2.0).apply(blobs));
        assertThrows(IllegalArgumentException.class, () -> new InputScaling(0));
        assertThrows(IllegalArgumentException.class, () -> new InputScaling(Double.POSITIVE_INFINITY));
    }
}
