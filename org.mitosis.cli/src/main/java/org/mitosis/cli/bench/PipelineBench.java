package org.mitosis.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.detect.CentroidDetector;
import org.mitosis.core.io.GrayImage;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.io.LabelImage;
import org.mitosis.core.io.LabelMasks;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.ops.TrackOperation;
import org.mitosis.core.ops.WriteResultOperation;
import org.mitosis.core.samediff.ComputeBackend;
import org.mitosis.core.train.TrackingModel;

/**
 * Wall-clock figures of the heavy pipeline steps on the user's own data: detection per frame
 * (decoding excluded, after one warm-up frame), linking a whole sequence, and reading and writing
 * label masks, with the peak heap.
 */
public final class PipelineBench {

    private PipelineBench() {
    }

    /** Detects every frame of {@code images} once and prints per-frame times. */
    public static void detect(PrintWriter out, CentroidDetector detector, ImageSequence images) {
        int n = images.frameCount();
        double[] ms = new double[n];
        int cells = 0;
        detector.detect(images.read(0), 0);
        for (int f = 0; f < n; f++) {
            GrayImage image = images.read(f);
            long t0 = System.nanoTime();
            cells += detector.detect(image, f).size();
            ms[f] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        GrayImage first = images.read(0);
        out.printf("detect: %d frames of %dx%d px, %d cells; per frame median %.0f ms, min %.0f ms, max %.0f ms; peak heap %d MiB; "
                + "ND4J backend %s%n", n, first.width(), first.height(), cells, ms[n / 2], ms[0], ms[n - 1], peakHeapMiB(),
                ComputeBackend.describe());
    }

    /**
     * Reads every label mask of frames {@code first..last} (clipped to the masks') once and prints the
     * time per frame, then writes them back painted with a track per cell
     * ({@link WriteResultOperation#writeTrackedMasks}, which decodes each mask again) into a temporary
     * folder, deleted after, and prints that time per frame.
     */
    public static void masks(PrintWriter out, Path masks, int first, int last) throws IOException {
        ImageSequence sequence = LabelMasks.open(masks);
        int[] range = sequence.clip(first, last);
        int n = range[1] - range[0] + 1;
        double[] ms = new double[n];
        int cells = 0;
        // The first frame, read once before the timed reads, also warms the JIT up.
        LabelImage firstMask = LabelMasks.labelImage(sequence, range[0]);
        for (int f = range[0]; f <= range[1]; f++) {
            long t0 = System.nanoTime();
            cells += LabelMasks.labelImage(sequence, f).cells().size();
            ms[f - range[0]] = (System.nanoTime() - t0) / 1e6;
        }
        Lineage unlinked = Lineage.unlinked(LabelMasks.read(sequence, range[0], range[1], ProgressMonitor.NONE));
        Path folder = Files.createTempDirectory("mitosis-bench-masks");
        try {
            long t0 = System.nanoTime();
            WriteResultOperation.writeTrackedMasks(unlinked, masks, folder, ProgressMonitor.NONE);
            double write = (System.nanoTime() - t0) / 1e6 / n;
            Arrays.sort(ms);
            out.printf("masks: %d frames of %dx%d px, %d cells; reading per frame median %.0f ms, min %.0f ms, max %.0f ms; "
                    + "painting and writing the tracked masks %.0f ms per frame; peak heap %d MiB%n", n, firstMask.width(),
                    firstMask.height(), cells, ms[n / 2], ms[0], ms[n - 1], write, peakHeapMiB());
        } finally {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    /**
     * Links the whole sequence with each model and prints its times: the first run in the process,
     * which includes the JIT's warm-up as a one-off command sees it (for the first model; later ones
     * find the shared code compiled), then the median of {@code rounds} more runs taken in turn with
     * the other models (model 1, 2, ..., 1, 2, ...), as in a KNIME session or a batch of movies. With
     * two or more models it also prints each one's time relative to the first model's, the median of
     * the per-round ratios: runs taken side by side see the same load on a shared machine, where runs
     * in separate processes differed by a factor of two.
     *
     * @throws IllegalArgumentException if there is no model or {@code rounds < 1}
     */
    public static void track(PrintWriter out, List<TrackingModel> models, CellSequence cells, int rounds) {
        if (models.isEmpty() || rounds < 1) {
            throw new IllegalArgumentException("track needs at least one model and one round, got "
                    + models.size() + " models and " + rounds + " rounds");
        }
        int n = models.size();
        double[] first = new double[n];
        int[] divisions = new int[n];
        for (int m = 0; m < n; m++) {
            long t0 = System.nanoTime();
            divisions[m] = new TrackOperation(models.get(m)).run(cells, ProgressMonitor.NONE).divisions().size();
            first[m] = (System.nanoTime() - t0) / 1e9;
        }
        double[][] again = new double[n][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int m = 0; m < n; m++) {
                long t0 = System.nanoTime();
                new TrackOperation(models.get(m)).run(cells, ProgressMonitor.NONE);
                again[m][r] = (System.nanoTime() - t0) / 1e9;
            }
        }
        int pairs = Math.max(1, cells.frameCount() - 1);
        for (int m = 0; m < n; m++) {
            double median = median(again[m]);
            out.printf("track (%s): %d frames, %d cells, %d divisions; first run %.2f s, %.1f ms per frame pair; "
                    + "then median of %d runs %.2f s (%.2f-%.2f), %.1f ms per frame pair%n",
                    models.get(m).method(), cells.frameCount(), cells.size(), divisions[m], first[m], 1000 * first[m] / pairs,
                    rounds, median, min(again[m]), max(again[m]), 1000 * median / pairs);
        }
        for (int m = 1; m < n; m++) {
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = again[m][r] / again[0][r];
            }
            out.printf("time %s / %s: median of %d rounds %.2f (%.2f-%.2f)%n", models.get(m).method(),
                    models.get(0).method(), rounds, median(ratio), min(ratio), max(ratio));
        }
        out.printf("peak heap %d MiB%n", peakHeapMiB());
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] x) {
        return Arrays.stream(x).min().orElseThrow();
    }

    private static double max(double[] x) {
        return Arrays.stream(x).max().orElseThrow();
    }

    private static long peakHeapMiB() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }
}
