package org.mitosis.core.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.mitosis.core.cells.Lineage;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * Reads cells, and their links where the input has them, from whichever supported input a path
 * names:
 * <ul>
 * <li>a folder with {@code cells.csv} and {@code links.csv}: a result written by
 * {@link ResultFolder};</li>
 * <li>a folder with {@code man_track.txt} (or {@code TRA/man_track.txt}): a Cell Tracking
 * Challenge annotation, or with {@code res_track.txt} and masks {@code mask<t>.tif}: a tracker's
 * result in the challenge's format ({@link CtcReader});</li>
 * <li>a folder of {@code .png} or {@code .tif} images, or one such file (a multi-page TIFF): label
 * masks, a segmentation's cells without links ({@link LabelMasks});</li>
 * <li>a {@code .csv} file: a cell table with the default columns ({@link CellTableCsv});</li>
 * <li>any other file: C2C12 text {@code frame id x y parent} ({@link C2c12TextReader}).</li>
 * </ul>
 */
public final class CellInputs {

    private CellInputs() {
    }

    /**
     * @throws BadInputException if the path does not exist, is a folder of no known kind, or its
     *         content is malformed (naming file, line and problem)
     */
    public static Lineage read(Path input) {
        if (isLabelMasks(input)) {
            return Lineage.unlinked(LabelMasks.read(input));
        }
        if (Files.isDirectory(input)) {
            // A result folder first: it holds a res_track.txt too, beside the links it was written from.
            if (ResultFolder.isResultFolder(input)) {
                return ResultFolder.read(input);
            }
            if (CtcReader.isCtcFolder(input)) {
                return CtcReader.read(input);
            }
            throw new BadInputException(input, 0, "a folder that holds neither " + CtcReader.TRACK_FILE
                    + " (or TRA/" + CtcReader.TRACK_FILE + " or " + CtcReader.RESULT_TRACK_FILE + ") nor " + ResultFolder.CELLS
                    + " and " + ResultFolder.LINKS
                    + " nor label masks (.png, .tif or .tiff images)");
        }
        if (!Files.isRegularFile(input)) {
            throw new BadInputException(input, 0, "no such file or folder");
        }
        if (input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return CellTableCsv.read(input);
        }
        return C2c12TextReader.read(input);
    }

    /** Whether {@code read} takes the input for label masks (an image file, or a folder of them that is no annotation or result). */
    public static boolean isLabelMasks(Path input) {
        return !(Files.isDirectory(input) && (CtcReader.isCtcFolder(input) || ResultFolder.isResultFolder(input)))
                && LabelMasks.isLabelMasks(input);
    }

    /**
     * The frames {@code first..last} (inclusive) of the input; links that leave the range are
     * dropped.
     */
    public static Lineage read(Path input, int first, int last) {
        return read(input, first, last, ProgressMonitor.NONE);
    }

    /**
     * As {@link #read(Path, int, int)}, reporting progress where reading takes a while (label masks,
     * a frame at a time).
     */
    public static Lineage read(Path input, int first, int last, ProgressMonitor monitor) {
        if (isLabelMasks(input)) {
            // Decodes only the frames asked for: a movie's masks take far longer to read than a table.
            return Lineage.unlinked(LabelMasks.read(input, first, last, monitor));
        }
        return read(input).frames(first, last);
    }
}
