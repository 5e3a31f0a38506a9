package org.mitosis.core.synth;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Track;
import org.mitosis.core.io.GrayImage;

/**
 * Renders the frames of a simulated {@link Lineage} as 8-bit phase-contrast-like images:
 * interphase cells are ellipses (orientation and elongation fixed per track) with a dark interior
 * and a bright halo just outside; a cell in its last {@link RenderSettings#mitosisFrames()} frames
 * before dividing is small, round and bright-bordered, as mitotic cells look in phase contrast.
 * The background carries a smooth uneven illumination (a fixed tilt and vignette) and Gaussian
 * pixel noise.
 *
 * <p>Synthetic: meant for demos, tests and detector pretraining, never evidence of accuracy on real
 * images. Deterministic for a seed; frame {@code f} does not depend on which frames were rendered
 * before. Cost O(cells · (cellRadius · elongation)²) per frame plus O(pixels).
 */
public final class PhaseContrastRenderer {

    private final RenderSettings settings;
    private final Lineage lineage;
    private final Map<CellRef, double[]> shapes = new HashMap<>();
    private final Set<CellRef> mitotic = new HashSet<>();
    private final double[] tilt;

    /**
     * @throws IllegalArgumentException for invalid settings
     */
    public PhaseContrastRenderer(Lineage lineage, RenderSettings settings) {
        this.settings = settings.validate();
        this.lineage = lineage;
        SplittableRandom random = new SplittableRandom(settings.seed());
        this.tilt = new double[] {random.nextDouble(-1, 1), random.nextDouble(-1, 1)};
        for (Track t : lineage.tracks()) {
            double[] shape = {random.nextDouble() * Math.PI, 1 + random.nextDouble() * (settings.elongation() - 1)};
            t.cells().forEach(c -> shapes.put(c, shape));
        }
        for (CellRef parent : lineage.divisions()) {
            CellRef c = parent;
            for (int k = 0; k < settings.mitosisFrames() && c != null; k++) {
                mitotic.add(c);
                Optional<CellRef> p = lineage.predecessor(c);
                c = p.isPresent() && lineage.successors(p.get()).size() == 1 ? p.get() : null;
            }
        }
    }

    /** Whether {@code cell} is drawn as a rounded mitotic cell (it divides within the next frames). */
    public boolean isMitotic(CellRef cell) {
        return mitotic.contains(cell);
    }

    /**
     * @param frame a frame of the lineage's cells
     * @return an 8-bit grey image of {@link RenderSettings#width()} x {@link RenderSettings#height()}
     */
    public GrayImage render(int frame) {
        int w = settings.width();
        int h = settings.height();
        double[] contrast = new double[w * h];
        for (Cell c : lineage.cells().cellsIn(frame)) {
            if (isMitotic(c.ref())) {
                drawMitotic(contrast, c);
            } else {
                drawInterphase(contrast, c, shapes.get(c.ref()));
            }
        }
        SplittableRandom noise = new SplittableRandom(settings.seed() ^ (0x9E3779B97F4A7C15L * (frame + 1L)));
        short[] samples = new short[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double v = settings.background() * illumination(x, y) + contrast[y * w + x]
                        + noise.nextGaussian() * settings.noise();
                samples[y * w + x] = (short) Math.max(0, Math.min(255, Math.round(v)));
            }
        }
        return new GrayImage(w, h, 8, samples);
    }

    /**
     * Writes every frame of the lineage as {@code 0000.png, 0001.png, ...} into {@code folder}
     * (created if needed), numbered from the lineage's first frame.
     */
    public void writeFrames(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (int f = lineage.cells().firstFrame(); f <= lineage.cells().lastFrame(); f++) {
            Path file = folder.resolve(String.format("%04d.png", f - lineage.cells().firstFrame()));
            if (!ImageIO.write(toAwt(render(f)), "png", file.toFile())) {
                throw new IOException("no PNG writer available for " + file);
            }
        }
    }

    private static BufferedImage toAwt(GrayImage image) {
        BufferedImage out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
        float[] values = image.toFloatArray();
        out.getRaster().setSamples(0, 0, image.width(), image.height(), 0, values);
        return out;
    }

    /** Relative illumination: a tilt across the field and a vignette towards the corners. */
    private double illumination(int x, int y) {
        double u = 2.0 * x / settings.width() - 1;
        double v = 2.0 * y / settings.height() - 1;
        return 1 + settings.illumination() * (0.5 * (tilt[0] * u + tilt[1] * v) - 0.5 * (u * u + v * v) + 0.5);
    }

    private void drawInterphase(double[] contrast, Cell c, double[] shape) {
        double a = settings.cellRadius() * shape[1];
        double b = settings.cellRadius() / shape[1];
        double cos = Math.cos(shape[0]);
        double sin = Math.sin(shape[0]);
        draw(contrast, c, 1.6 * a, (dx, dy) -> {
            double u = (dx * cos + dy * sin) / a;
            double v = (-dx * sin + dy * cos) / b;
            double rho = Math.sqrt(u * u + v * v);
            double interior = rho < 1 ? -settings.darkness() * (1 - rho * rho) : 0;
            return interior + settings.halo() * Math.exp(-sq((rho - 1.1) / 0.15));
        });
    }

    private void drawMitotic(double[] contrast, Cell c) {
        double r = 0.75 * settings.cellRadius();
        draw(contrast, c, 1.6 * r, (dx, dy) -> {
            double rho = Math.hypot(dx, dy) / r;
            double interior = rho < 1 ? 0.25 * settings.mitoticBrightness() : 0;
            return interior + settings.mitoticBrightness() * Math.exp(-sq((rho - 1) / 0.2));
        });
    }

    /** Adds a cell's contrast profile to the pixels within {@code reach} of its centre. */
    private void draw(double[] contrast, Cell c, double reach, Profile profile) {
        int w = settings.width();
        int h = settings.height();
        for (int y = Math.max(0, (int) Math.floor(c.y() - reach)); y <= Math.min(h - 1, (int) Math.ceil(c.y() + reach)); y++) {
            for (int x = Math.max(0, (int) Math.floor(c.x() - reach)); x <= Math.min(w - 1, (int) Math.ceil(c.x() + reach)); x++) {
                contrast[y * w + x] += profile.at(x - c.x(), y - c.y());
            }
        }
    }

    private static double sq(double v) {
        return v * v;
    }

    /** Contrast added at an offset from a cell's centre. */
    @FunctionalInterface
    private interface Profile {
        double at(double dx, double dy);
    }
}
