package org.mitosis.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.detect.CentroidDetector;
import org.mitosis.core.io.GrayImage;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.ops.TrackOperation;
import org.mitosis.core.train.TrackingModel;

/**
 * Wall-clock figures of the two heavy pipeline steps on the user's own data: detection per frame
 * (decoding excluded, after one warm-up frame) and linking a whole sequence, with the peak heap.
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
        out.printf("detect: %d frames of %dx%d px, %d cells; per frame median %.0f ms, min %.0f ms, max %.0f ms; peak heap %d MiB%n",
                n, first.width(), first.height(), cells, ms[n / 2], ms[0], ms[n - 1], peakHeapMiB());
    }

    /** Links the whole sequence once and prints the total and per-frame-pair time. */
    public static void track(PrintWriter out, TrackingModel model, CellSequence cells) {
        long t0 = System.nanoTime();
        Lineage result = new TrackOperation(model).run(cells, ProgressMonitor.NONE);
        double first = (System.nanoTime() - t0) / 1e9;
        // A second run in the same process shows the cost once the JIT has compiled the code, as in a
        // KNIME session or a batch of movies; the first includes that warm-up, as a one-off command sees it.
        t0 = System.nanoTime();
        new TrackOperation(model).run(cells, ProgressMonitor.NONE);
        double second = (System.nanoTime() - t0) / 1e9;
        int pairs = Math.max(1, cells.frameCount() - 1);
        out.printf("track (%s): %d frames, %d cells, %d divisions; %.2f s in all, %.1f ms per frame pair; "
                + "again in the same process %.2f s, %.1f ms per frame pair; peak heap %d MiB%n",
                model.method(), cells.frameCount(), cells.size(), result.divisions().size(), first, 1000 * first / pairs,
                second, 1000 * second / pairs, peakHeapMiB());
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
