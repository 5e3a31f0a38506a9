package org.mitosis.core.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;

/**
 * Turns true cell positions into imperfect detections, to test linking against detector errors:
 * each position is jittered by Gaussian noise, a fraction of cells is missed, and spurious cells
 * are added at uniform random positions.
 *
 * <p>For each cell, independently: it is dropped with probability {@code miss}; otherwise its
 * position moves by {@code (N(0, sigma^2), N(0, sigma^2))} pixels. Each frame with {@code n} input
 * cells then gets {@code spurious * n} new cells (the fractional part by a coin flip, so the mean
 * is exact), uniform in the bounding box of all input cells. The output's ids are fresh,
 * 1..m in frame order and unique in the whole sequence, so that no input identity leaks into it
 * and a table of it read back has no links; features are dropped, since they described the
 * unperturbed cells. Same settings and seed, same output. O(cells).
 */
public final class DetectionNoise {

    private final Settings settings;

    /**
     * @throws IllegalArgumentException listing every invalid setting
     */
    public DetectionNoise(Settings settings) {
        settings.validate();
        this.settings = settings;
    }

    /**
     * @param sigma standard deviation of the jitter of x and of y, pixels, {@code >= 0}
     * @param miss probability that a cell is dropped, in {@code [0, 1)}
     * @param spurious spurious cells added per input cell of a frame, {@code >= 0}
     * @param seed seed of the random numbers
     */
    public record Settings(double sigma, double miss, double spurious, long seed) {

        /** 2 px jitter, 5 % missed, 5 % spurious, seed 1. */
        public static Settings defaults() {
            return new Settings(2, 0.05, 0.05, 1);
        }

        /** The same noise drawn from another seed (a sequence of several gets one each). */
        public Settings withSeed(long newSeed) {
            return new Settings(sigma, miss, spurious, newSeed);
        }

        /** For people: "sigma 2.0 px, 5.0 % missed, 2.0 % spurious, seed 7". */
        public String description() {
            return "sigma " + sigma + " px, " + 100 * miss + " % missed, " + 100 * spurious + " % spurious, seed " + seed;
        }

        /**
         * @throws IllegalArgumentException listing every problem at once
         */
        public void validate() {
            List<String> problems = new ArrayList<>();
            if (!(sigma >= 0) || !Double.isFinite(sigma)) {
                problems.add("sigma " + sigma + " is not a finite number >= 0");
            }
            if (!(miss >= 0 && miss < 1)) {
                problems.add("miss fraction " + miss + " is not in [0, 1)");
            }
            if (!(spurious >= 0) || !Double.isFinite(spurious)) {
                problems.add("spurious fraction " + spurious + " is not a finite number >= 0");
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("invalid detection noise: " + String.join("; ", problems));
            }
        }
    }

    public Settings settings() {
        return settings;
    }

    /** The perturbed cells, over the same frames as {@code cells}. */
    public CellSequence apply(CellSequence cells) {
        SplittableRandom random = new SplittableRandom(settings.seed());
        double minX = cells.cells().mapToDouble(Cell::x).min().orElse(0);
        double maxX = cells.cells().mapToDouble(Cell::x).max().orElse(0);
        double minY = cells.cells().mapToDouble(Cell::y).min().orElse(0);
        double maxY = cells.cells().mapToDouble(Cell::y).max().orElse(0);
        List<Cell> out = new ArrayList<>();
        for (int f = cells.firstFrame(); f <= cells.lastFrame(); f++) {
            List<Cell> frame = cells.cellsIn(f);
            for (Cell c : frame) {
                if (random.nextDouble() >= settings.miss()) {
                    out.add(new Cell(f, out.size() + 1, c.x() + settings.sigma() * random.nextGaussian(),
                            c.y() + settings.sigma() * random.nextGaussian()));
                }
            }
            double expected = settings.spurious() * frame.size();
            long added = (long) expected + (random.nextDouble() < expected - Math.floor(expected) ? 1 : 0);
            for (long k = 0; k < added; k++) {
                out.add(new Cell(f, out.size() + 1, minX + (maxX - minX) * random.nextDouble(),
                        minY + (maxY - minY) * random.nextDouble()));
            }
        }
        return CellSequence.of(out, cells.firstFrame(), cells.lastFrame());
    }
}
