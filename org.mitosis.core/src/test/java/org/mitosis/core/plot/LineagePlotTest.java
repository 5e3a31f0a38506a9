package org.mitosis.core.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.synth.SimulationSettings;
import org.mitosis.core.synth.TimeLapseSimulator;

class LineagePlotTest {

    private static final Lineage SIMULATED = new TimeLapseSimulator(SimulationSettings.defaults()).simulate();

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static boolean isDivisionRed(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        return r > 180 && g < 80;
    }

    @Test
    void treeIsAPngOfTheAskedSizeWithDivisionsInRed() throws IOException {
        BufferedImage img = decode(new LineagePlot(new LineagePlotSettings(640, 480)).tree(SIMULATED));
        assertEquals(640, img.getWidth());
        assertEquals(480, img.getHeight());
        long red = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                red += isDivisionRed(img.getRGB(x, y)) ? 1 : 0;
            }
        }
        assertTrue(red > SIMULATED.divisions().size(), "every division leaves red pixels: " + red);
    }

    @Test
    void overlayMarksADividingCellAtItsPosition() throws IOException {
        CellRef parent = SIMULATED.divisions().get(0);
        Cell cell = SIMULATED.cells().get(parent);
        BufferedImage img = decode(new LineagePlot(new LineagePlotSettings(512, 512)).overlay(null, SIMULATED, parent.frame()));
        double scale = Math.min(512 / (SIMULATED.cells().cellsIn(parent.frame()).stream().mapToDouble(Cell::x).max().orElseThrow() + 20),
                512 / (SIMULATED.cells().cellsIn(parent.frame()).stream().mapToDouble(Cell::y).max().orElseThrow() + 20));
        assertTrue(isDivisionRed(img.getRGB((int) (cell.x() * scale), (int) (cell.y() * scale))), "red dot on the parent");
    }

    @Test
    void rejectsSizesOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new LineagePlot(new LineagePlotSettings(10, 100000)));
    }
}
