package org.mitosis.core.detect;

import java.util.Arrays;
import java.util.List;

import org.mitosis.core.io.GrayImage;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * Estimates how many times larger cells appear in a movie than in a detector's training images (the
 * cell scale of {@link CentroidDetector#atCellScale}), from the detector's own confidence: read at the
 * right scale, the centroid map's peaks rise to the height the network learned for cells (its
 * training targets peak at 1); read too small or too large, they flatten. The estimate is the scale,
 * on a grid of quarter octaves from 0.35 to 2.8 refined by a parabola through the best three, at which
 * the median height of the map's peaks is highest.
 *
 * <p>Measured with the shipped C2C12 detector on a real frame (707) as it is, at half size and at 1.5
 * times the size: the median peak height was highest at 1.0, 0.5 and 1.5 (0.68, 0.68 and 0.67; at
 * twice or half those scales 0.20-0.44).
 *
 * <p>Cost: one U-Net pass per grid scale on the frame's central part (at most {@value #CROP} working
 * pixels a side), about as much as detecting five whole 1392x1040 frames.
 */
public final class CellScaleEstimate {

    /** Quarter-octave steps: scales 2^(k/4) for k in -6..6. */
    private static final int STEPS = 6;

    /** Largest side of the central part read, in working (network input) pixels. */
    static final int CROP = 384;

    /** Peaks below this height are background, not cells read at the wrong scale. */
    private static final double PEAK_FLOOR = 0.1;

    /** Fewer peaks than this at a scale leave it unscored. */
    private static final int MIN_PEAKS = 5;

    private CellScaleEstimate() {
    }

    /**
     * The median of the estimates from each frame.
     *
     * @throws IllegalArgumentException when {@code frames} is empty or no frame shows cells at any scale
     */
    public static double of(CentroidDetector detector, List<GrayImage> frames) {
        return of(detector, frames, ProgressMonitor.NONE);
    }

    /**
     * {@link #of(CentroidDetector, List)}, reporting each frame's progress.
     *
     * @throws IllegalArgumentException when {@code frames} is empty or no frame shows cells at any scale
     * @throws org.mitosis.core.monitor.CanceledException when the monitor cancels
     */
    public static double of(CentroidDetector detector, List<GrayImage> frames, ProgressMonitor monitor) {
        double[] each = new double[frames.size()];
        for (int i = 0; i < each.length; i++) {
            monitor.setProgress((double) i / each.length, "estimating the cell scale from frame " + (i + 1) + " of "
                    + each.length);
            each[i] = of(detector, frames.get(i), monitor);
        }
        each = Arrays.stream(each).filter(Double::isFinite).sorted().toArray();
        if (each.length == 0) {
            throw new IllegalArgumentException("no cells found at any scale from 0.35 to 2.8 in " + frames.size()
                    + " frame(s): cannot estimate the cell scale; give it");
        }
        return each[each.length / 2];
    }

    /** The estimate from one frame; NaN where no scale shows at least a few cells. */
    static double of(CentroidDetector detector, GrayImage frame, ProgressMonitor monitor) {
        double[] score = new double[2 * STEPS + 1];
        int best = -1;
        for (int k = -STEPS; k <= STEPS; k++) {
            monitor.checkCanceled();
            score[k + STEPS] = medianPeak(detector.atCellScale(scale(k)), frame);
            if (score[k + STEPS] > 0 && (best < 0 || score[k + STEPS] > score[best])) {
                best = k + STEPS;
            }
        }
        if (best < 0) {
            return Double.NaN;
        }
        double offset = 0;
        if (best > 0 && best < score.length - 1) {
            double curvature = score[best - 1] - 2 * score[best] + score[best + 1];
            if (curvature < 0) {
                offset = Math.max(-0.5, Math.min(0.5, 0.5 * (score[best - 1] - score[best + 1]) / curvature));
            }
        }
        return scale(best - STEPS + offset);
    }

    private static double scale(double k) {
        return Math.pow(2, k / 4);
    }

    /** Median height of the centroid map's peaks on the frame's central part; 0 with too few peaks. */
    private static double medianPeak(CentroidDetector detector, GrayImage frame) {
        NetworkOutput out = detector.run(centre(frame, (int) Math.ceil(CROP * detector.scalingFactor())), false);
        List<Peak> peaks = new PeakFinder(PEAK_FLOOR, detector.minDistanceWorking()).find(out.map(), out.width(),
                out.height());
        if (peaks.size() < MIN_PEAKS) {
            return 0;
        }
        double[] heights = peaks.stream().mapToDouble(Peak::value).toArray();
        Arrays.sort(heights);
        return heights[heights.length / 2];
    }

    /** The central {@code side x side} part of the frame (the whole frame along a shorter side). */
    private static GrayImage centre(GrayImage frame, int side) {
        int w = Math.min(frame.width(), side);
        int h = Math.min(frame.height(), side);
        if (w == frame.width() && h == frame.height()) {
            return frame;
        }
        int x0 = (frame.width() - w) / 2;
        int y0 = (frame.height() - h) / 2;
        short[] all = frame.toShortArray();
        short[] part = new short[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(all, (y0 + y) * frame.width() + x0, part, y * w, w);
        }
        return new GrayImage(w, h, frame.bitDepth(), part);
    }
}
