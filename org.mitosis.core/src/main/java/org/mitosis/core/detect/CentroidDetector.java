package org.mitosis.core.detect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.io.BadInputException;
import org.mitosis.core.io.GrayImage;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * Finds cell centroids in frames with a trained {@link UNet} and attaches each cell's shape
 * features, as in the first stage of GNN-DOL (Zhang, Nguyen &amp; Tsuda, Sci. Rep. 13:14306, 2023):
 * the frame is downsampled and standardised ({@link DetectorSettings#downscale()}), the U-Net maps
 * it (tile by tile for large frames) to a centroid map whose peaks ({@link PeakFinder}) are the
 * cells, and a cell's feature vector is the mean of the contracting level
 * {@link UNetShape#featureLevel()} over the {@link DetectorSettings#featurePatch()}-px square
 * around it (the paper reads a contraction layer over 50x50 px patches).
 *
 * <p>Cost per frame: one U-Net pass, O(pixels · channels² · 9) multiply-adds, plus O(cells ·
 * patch²/stride²) for the features. Not thread-safe (the network holds its buffers); use one
 * detector per thread.
 */
public final class CentroidDetector {

    private final DetectorSettings settings;
    private final UNet net;
    private final long seed;
    private final double cellScale;
    private final InputScaling scaling;
    private final TiledInference inference;

    /**
     * @param net trained network whose shape matches {@code settings.shape()}
     * @param seed the seed the network was trained with (kept for provenance)
     * @throws IllegalArgumentException for invalid settings or a mismatched network
     */
    public CentroidDetector(DetectorSettings settings, UNet net, long seed) {
        this(settings, net, seed, 1);
    }

    private CentroidDetector(DetectorSettings settings, UNet net, long seed, double cellScale) {
        this.settings = settings.validate();
        if (!net.shape().equals(settings.shape())) {
            throw new IllegalArgumentException("network shape " + net.shape() + " differs from " + settings.shape());
        }
        if (!(cellScale > 0) || Double.isInfinite(cellScale)) {
            throw new IllegalArgumentException("cell scale must be finite and > 0, got " + cellScale);
        }
        this.net = net;
        this.seed = seed;
        this.cellScale = cellScale;
        this.scaling = new InputScaling(settings.downscale() * cellScale);
        this.inference = new TiledInference(net, settings.tileSize(), settings.tileMargin());
    }

    public DetectorSettings settings() {
        return settings;
    }

    public long seed() {
        return seed;
    }

    UNet net() {
        return net;
    }

    /** The same network with other settings (same architecture), e.g. another threshold; the same cell scale. */
    public CentroidDetector withSettings(DetectorSettings newSettings) {
        return new CentroidDetector(newSettings, net, seed, cellScale);
    }

    /**
     * The same detector for images whose cells appear {@code scale} times as large (in pixels) as in
     * the images it learned from, such as another magnification: each frame is resampled by
     * {@code 1/scale} on the way in (on top of the trained downscaling) and positions are mapped back,
     * so the network sees cells of the size it knows. The minimum distance between cells and the
     * feature patch, lengths in the training images, grow by {@code scale} in the frames' pixels.
     *
     * @param scale how many times larger cells appear than in the training images, {@code > 0}; 1 as trained
     * @throws IllegalArgumentException unless finite and {@code > 0}
     */
    public CentroidDetector atCellScale(double scale) {
        return new CentroidDetector(settings, net, seed, scale);
    }

    /** Length of each cell's feature vector. */
    public int featureCount() {
        return settings.shape().featureCount();
    }

    /**
     * Detects the cells of every frame; frame {@code i} of the result is {@code frames.get(i)}.
     *
     * @throws org.mitosis.core.monitor.CanceledException when the monitor asks to stop
     */
    public CellSequence detect(List<GrayImage> frames, ProgressMonitor monitor) {
        return detect(frames::get, frames.size(), monitor);
    }

    /**
     * Detects the cells of every frame of an image folder, decoding one frame at a time so that
     * memory stays bounded by one frame whatever the length of the movie.
     *
     * @throws org.mitosis.core.io.BadInputException for an unreadable frame
     * @throws org.mitosis.core.monitor.CanceledException when the monitor asks to stop
     */
    public CellSequence detect(ImageSequence frames, ProgressMonitor monitor) {
        return detect(frames::read, frames.frameCount(), monitor);
    }

    private CellSequence detect(IntFunction<GrayImage> frames, int count, ProgressMonitor monitor) {
        List<Cell> cells = new ArrayList<>();
        for (int f = 0; f < count; f++) {
            monitor.checkCanceled();
            monitor.setProgress((double) f / count, "detecting cells in frame " + (f + 1) + " of " + count);
            cells.addAll(detect(frames.apply(f), f));
        }
        monitor.setProgress(1, "detected " + cells.size() + " cells");
        return CellSequence.of(cells, 0, count - 1);
    }

    /** The cells of one frame, ids 1..n in decreasing peak height, with shape features. */
    public List<Cell> detect(GrayImage frame, int frameIndex) {
        NetworkOutput out = run(frame, true);
        List<Peak> peaks = peaks(out);
        List<Cell> cells = new ArrayList<>(peaks.size());
        for (Peak p : peaks) {
            double x = clamp(scaling.toFull(p.x()), frame.width());
            double y = clamp(scaling.toFull(p.y()), frame.height());
            cells.add(new Cell(frameIndex, cells.size() + 1, x, y, features(out, x, y)));
        }
        return cells;
    }

    /** Centroid positions {@code {x, y}} in full px, without features (for validation). */
    List<double[]> centroids(GrayImage frame, double threshold) {
        return centroids(run(frame, false), frame, threshold);
    }

    /** Centroid positions {@code {x, y}} in full px read from an existing network output. */
    List<double[]> centroids(NetworkOutput out, GrayImage frame, double threshold) {
        List<double[]> positions = new ArrayList<>();
        for (Peak p : new PeakFinder(threshold, minDistanceWorking()).find(out.map(), out.width(), out.height())) {
            positions.add(new double[] {clamp(scaling.toFull(p.x()), frame.width()), clamp(scaling.toFull(p.y()), frame.height())});
        }
        return positions;
    }

    /** The network output of a frame at working scale. */
    NetworkOutput run(GrayImage frame, boolean withFeatures) {
        float[] input = scaling.apply(frame);
        return inference.run(input, scaling.scaled(frame.width()), scaling.scaled(frame.height()), withFeatures);
    }

    private List<Peak> peaks(NetworkOutput out) {
        return new PeakFinder(settings.threshold(), minDistanceWorking()).find(out.map(), out.width(), out.height());
    }

    /** Full pixels per working pixel: the trained downscaling times the cell scale. */
    double scalingFactor() {
        return scaling.factor();
    }

    int minDistanceWorking() {
        return Math.max(1, (int) Math.round(settings.minDistance() / settings.downscale()));
    }

    /** Mean of each feature channel over the feature pixels whose centres lie in the patch. */
    private double[] features(NetworkOutput out, double x, double y) {
        double half = settings.featurePatch() * cellScale / 2.0;
        int stride = out.featureStride();
        int channels = out.featureChannels();
        double[] sum = new double[channels];
        int n = 0;
        int plane = out.featureWidth() * out.featureHeight();
        for (int fy = 0; fy < out.featureHeight(); fy++) {
            double cy = scaling.toFull(fy * stride + (stride - 1) / 2.0);
            if (Math.abs(cy - y) > half) {
                continue;
            }
            for (int fx = 0; fx < out.featureWidth(); fx++) {
                double cx = scaling.toFull(fx * stride + (stride - 1) / 2.0);
                if (Math.abs(cx - x) <= half) {
                    for (int c = 0; c < channels; c++) {
                        sum[c] += out.features()[c * plane + fy * out.featureWidth() + fx];
                    }
                    n++;
                }
            }
        }
        for (int c = 0; c < channels; c++) {
            sum[c] = n == 0 ? 0 : sum[c] / n;
        }
        return sum;
    }

    private static double clamp(double v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }

    /**
     * Stores settings, seed, input scaling and weights as entries under {@code detector/} of the
     * given archive (which stays open).
     */
    public void writeTo(ZipOutputStream zip) throws IOException {
        DetectorArchive.write(zip, settings, seed, net.weights());
    }

    /**
     * Reads a detector written by {@link #writeTo(ZipOutputStream)}.
     *
     * @throws BadInputException if the entries are missing or damaged
     */
    public static CentroidDetector readFrom(ZipFile zip) throws IOException {
        DetectorArchive.Contents c = DetectorArchive.read(zip);
        UNet net;
        try {
            net = UNet.forDetection(c.settings().shape(), c.weights());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(Path.of(zip.getName()), 0, DetectorArchive.WEIGHTS + ": " + e.getMessage(), e);
        }
        return new CentroidDetector(c.settings(), net, c.seed());
    }
}
