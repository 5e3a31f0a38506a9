package org.mitosis.core.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;

/**
 * TEST-ONLY detection noise, inline until {@code synth.DetectionNoise} exists: Gaussian position
 * jitter, missed cells and spurious cells placed uniformly in the image. Seeded.
 */
final class Perturbation {

    private Perturbation() {
    }

    /**
     * @param sigma jitter standard deviation in pixels
     * @param missed fraction of cells dropped
     * @param spurious spurious cells per frame, as a fraction of the frame's cells
     */
    static CellSequence apply(CellSequence cells, double sigma, double missed, double spurious,
            double width, double height, long seed) {
        Random random = new Random(seed);
        List<Cell> out = new ArrayList<>();
        int spuriousId = cells.cells().mapToInt(Cell::id).max().orElse(0) + 1;
        for (int f = cells.firstFrame(); f <= cells.lastFrame(); f++) {
            for (Cell c : cells.cellsIn(f)) {
                if (random.nextDouble() >= missed) {
                    out.add(new Cell(f, c.id(), c.x() + sigma * random.nextGaussian(), c.y() + sigma * random.nextGaussian()));
                }
                if (random.nextDouble() < spurious) {
                    out.add(new Cell(f, spuriousId++, random.nextDouble() * width, random.nextDouble() * height));
                }
            }
        }
        return CellSequence.of(out, cells.firstFrame(), cells.lastFrame());
    }
}
