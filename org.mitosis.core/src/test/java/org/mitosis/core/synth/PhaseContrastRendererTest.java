package org.mitosis.core.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.GrayImage;
import org.mitosis.core.io.ImageSequence;

class PhaseContrastRendererTest {

    private static final SimulationSettings SIM = new SimulationSettings(12, 25, 200, 160, 8, 2, 8, 2, 0.2, 3);
    private static final Lineage LINEAGE = new TimeLapseSimulator(SIM).simulate();

    private static short[] pixels(GrayImage image) {
        return image.toShortArray();
    }

    @Test
    void sameSeedSameImagesOtherSeedOtherNoise() {
        RenderSettings s = RenderSettings.defaults(SIM);
        short[] a = pixels(new PhaseContrastRenderer(LINEAGE, s).render(5));
        short[] b = pixels(new PhaseContrastRenderer(LINEAGE, s).render(5));
        RenderSettings other = new RenderSettings(s.width(), s.height(), s.cellRadius(), s.elongation(), s.background(),
                s.darkness(), s.halo(), s.mitoticBrightness(), s.mitosisFrames(), s.illumination(), s.noise(), 99);
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, pixels(new PhaseContrastRenderer(LINEAGE, other).render(5))));
    }

    @Test
    void cellsAreDarkInsideAndMitoticCellsBrightBordered() {
        PhaseContrastRenderer r = new PhaseContrastRenderer(LINEAGE, RenderSettings.defaults(SIM));
        int mitoticSeen = 0;
        double interphaseCentre = 0;
        int interphase = 0;
        for (int f = 0; f < SIM.frames(); f++) {
            GrayImage image = r.render(f);
            double background = median(pixels(image));
            for (Cell c : LINEAGE.cells().cellsIn(f)) {
                if (r.isMitotic(c.ref())) {
                    mitoticSeen++;
                    double ring = maxNear(image, c, 0.75 * SIM.cellRadius() + 2);
                    assertTrue(ring > background + 60, "bright border at " + c + ": " + ring + " vs " + background);
                } else {
                    interphaseCentre += image.value((int) c.x(), (int) c.y()) - background;
                    interphase++;
                }
            }
        }
        assertTrue(mitoticSeen > 0, "the movie has cells about to divide");
        assertTrue(interphaseCentre / interphase < -20, "interphase centres are dark: " + interphaseCentre / interphase);
    }

    @Test
    void cellsThatDivideWithinThreeFramesAreMitotic() {
        PhaseContrastRenderer r = new PhaseContrastRenderer(LINEAGE, RenderSettings.defaults(SIM));
        List<CellRef> divisions = LINEAGE.divisions();
        assertFalse(divisions.isEmpty());
        for (CellRef parent : divisions) {
            assertTrue(r.isMitotic(parent));
        }
        LINEAGE.cells().cells().filter(c -> LINEAGE.successors(c.ref()).isEmpty() && c.frame() < SIM.frames() - 1)
                .forEach(c -> assertFalse(r.isMitotic(c.ref()), c + " leaves without dividing"));
    }

    @Test
    void writesOnePngPerFrame(@TempDir Path dir) throws IOException {
        new PhaseContrastRenderer(LINEAGE, RenderSettings.defaults(SIM)).writeFrames(dir);
        assertEquals(SIM.frames(), Files.list(dir).count());
        PhaseContrastRenderer r = new PhaseContrastRenderer(LINEAGE, RenderSettings.defaults(SIM));
        GrayImage first = ImageSequence.open(dir).read(0);
        assertEquals(8, first.bitDepth());
        assertArrayEquals(r.render(0).toShortArray(), first.toShortArray());
    }

    private static double maxNear(GrayImage image, Cell c, double radius) {
        double max = 0;
        for (int y = (int) (c.y() - radius); y <= c.y() + radius; y++) {
            for (int x = (int) (c.x() - radius); x <= c.x() + radius; x++) {
                if (x >= 0 && y >= 0 && x < image.width() && y < image.height()) {
                    max = Math.max(max, image.value(x, y));
                }
            }
        }
        return max;
    }

    private static double median(short[] values) {
        short[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
