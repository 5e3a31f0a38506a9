package org.mitosis.core.io;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Track;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * Writes a result's tracks into the label masks its cells came from ({@link LabelMasks}): in frame
 * {@code t}, the pixels of each cell hold the id of its track (the ids of {@code res_track.txt}),
 * the background 0. One TIFF per frame, {@code mask000.tif}, {@code mask001.tif}, ... (four digits
 * from frame 1000 on), 16-bit (32-bit where a track id exceeds 65535), compressed: the Cell Tracking
 * Challenge's result layout, so that a result folder holding them beside {@code res_track.txt} is a
 * complete CTC result, and a tracked label stack for Fiji or napari.
 *
 * <p>A mask's cells are matched to the result's by position ({@link LabelImage#indexOf}: the
 * centroids it gives are the result's cells' positions, exactly as read), so the result must have
 * been tracked from these very masks; anything else is refused rather than painted with the wrong
 * tracks.
 */
public final class TrackedMasks {

    /** Start of every mask file's name. */
    public static final String PREFIX = "mask";

    private TrackedMasks() {
    }

    /**
     * The name of frame {@code frame}'s mask in a result whose last frame is {@code lastFrame}.
     */
    public static String fileName(int frame, int lastFrame) {
        int digits = Math.max(3, Integer.toString(Math.max(0, lastFrame)).length());
        return PREFIX + String.format("%0" + digits + "d", frame) + ".tif";
    }

    /** The names of the masks {@link #write} writes for {@code result}, in frame order. */
    public static List<String> fileNames(Lineage result) {
        int last = result.cells().lastFrame();
        return IntStream.rangeClosed(result.cells().firstFrame(), last).mapToObj(f -> fileName(f, last)).toList();
    }

    /**
     * Writes one mask per frame of {@code result} into {@code folder} (created if needed).
     *
     * @param masks the label masks the result's cells were read from, frame {@code i} the {@code i}-th
     * @return the files written, in frame order
     * @throws BadInputException if a frame of the result has no mask, or its mask's cells are not the
     *         result's (naming the mask file)
     */
    public static List<Path> write(Lineage result, ImageSequence masks, Path folder, ProgressMonitor monitor)
            throws IOException {
        int last = result.cells().lastFrame();
        if (last >= masks.frameCount()) {
            throw new BadInputException(masks.source(), 0, "holds " + masks.frameCount() + " masks, the result reaches frame "
                    + last + ": not the masks it was tracked from");
        }
        return write(result, f -> LabelMaskReader.labelImage(masks, f), masks::file, folder, monitor);
    }

    /** Whether {@code folder} holds tracked masks ({@code mask<t>.tif}) beside a {@code res_track.txt}. */
    public static boolean isIn(Path folder) {
        Path tracks = folder.resolve(CtcReader.RESULT_TRACK_FILE);
        return Files.isRegularFile(tracks) && !CtcReader.maskFiles(tracks).isEmpty();
    }

    /**
     * Writes {@code result}'s tracks into the tracked masks of another result over the same cells
     * (the one a proofread result was corrected from, say): their labels are that result's tracks, and
     * their pixels this one's cells.
     *
     * @param tracked a folder holding {@code res_track.txt} and {@code mask<t>.tif}, frame {@code t}
     *        named in the file
     * @throws BadInputException if a frame of the result has no mask there, or its cells are not the result's
     */
    public static List<Path> rewrite(Lineage result, Path tracked, Path folder, ProgressMonitor monitor) throws IOException {
        Map<Integer, Path> files = CtcReader.maskFiles(tracked.resolve(CtcReader.RESULT_TRACK_FILE));
        for (int f = result.cells().firstFrame(); f <= result.cells().lastFrame(); f++) {
            if (!files.containsKey(f)) {
                throw new BadInputException(tracked, 0, "has no tracked mask of frame " + f + ", which the result holds");
            }
        }
        return write(result, f -> LabelMaskReader.labelImage(files.get(f), f), files::get, folder, monitor);
    }

    private static List<Path> write(Lineage result, IntFunction<LabelImage> maskOf, IntFunction<Path> fileOf, Path folder,
            ProgressMonitor monitor) throws IOException {
        Map<CellRef, Integer> trackOf = new HashMap<>();
        int largest = 0;
        for (Track t : result.tracks()) {
            for (CellRef c : t.cells()) {
                trackOf.put(c, t.id());
            }
            largest = Math.max(largest, t.id());
        }
        Files.createDirectories(folder);
        int first = result.cells().firstFrame();
        int last = result.cells().lastFrame();
        List<Path> written = new ArrayList<>();
        for (int f = first; f <= last; f++) {
            monitor.checkCanceled();
            monitor.setProgress((double) (f - first) / (last - first + 1), "tracked mask of frame " + f);
            LabelImage mask = maskOf.apply(f);
            int[] track = tracksOf(f, mask, result.cells().cellsIn(f), trackOf, fileOf.apply(f));
            Path file = folder.resolve(fileName(f, last));
            writeTiff(paint(mask, track, largest), file);
            written.add(file);
        }
        monitor.setProgress(1, "tracked masks written");
        return written;
    }

    /** The track id of each of the mask's cells, through the result's cell at the same position. */
    private static int[] tracksOf(int frame, LabelImage mask, List<Cell> resultCells, Map<CellRef, Integer> trackOf, Path file) {
        if (mask.cells().size() != resultCells.size()) {
            throw new BadInputException(file, 0, "holds " + mask.cells().size() + " cells, the result " + resultCells.size()
                    + " in frame " + frame + ": the result was not tracked from these masks");
        }
        int[] track = new int[resultCells.size()];
        boolean[] taken = new boolean[resultCells.size()];
        for (Cell c : resultCells) {
            int i = mask.indexOf(c);
            if (i < 0 || taken[i]) {
                throw new BadInputException(file, 0, "the result's cell " + c.id() + " at (" + c.x() + ", " + c.y()
                        + ") has no label of its own there in frame " + frame + ": the result was not tracked from these masks");
            }
            taken[i] = true;
            track[i] = trackOf.get(c.ref());
        }
        return track;
    }

    private static BufferedImage paint(LabelImage mask, int[] track, int largest) {
        BufferedImage image = largest <= 0xFFFF
                ? new BufferedImage(mask.width(), mask.height(), BufferedImage.TYPE_USHORT_GRAY)
                : intGray(mask.width(), mask.height());
        WritableRaster raster = image.getRaster();
        int w = mask.width();
        int[] row = new int[w];
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < w; x++) {
                int cell = mask.cellAt(x, y);
                row[x] = cell < 0 ? 0 : track[cell];
            }
            raster.setSamples(0, y, w, 1, 0, row);
        }
        return image;
    }

    private static BufferedImage intGray(int width, int height) {
        ColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), new int[] {32}, false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_INT);
        return new BufferedImage(model, model.createCompatibleWritableRaster(width, height), false, null);
    }

    /** Writes a TIFF with zlib (Adobe Deflate) compression, which Fiji, tifffile and the CTC tools read. */
    private static void writeTiff(BufferedImage image, Path file) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("tiff");
        ImageWriter writer = writers.next();
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("ZLib");
            // Deflate level 1: a label mask's long runs compress well at any level (2.9 MB to 48 KB for
            // a 1392x1040 frame, 26 KB at level 9), and it writes in 40 ms instead of 100.
            param.setCompressionQuality(0);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
