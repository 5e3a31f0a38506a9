package org.mitosis.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.Lineage;

/**
 * A Cell Tracking Challenge style annotation folder: the track file {@code man_track.txt} (in the
 * folder or its {@code TRA/} subfolder) and the cells: from the label masks {@code man_track<t>.tif}
 * beside the track file (positions and shapes) or, without masks, from a per-cell table
 * {@code regionprops.csv} (positions). A tracker's result in the challenge's format reads the same
 * way: {@code res_track.txt} with the masks {@code mask<t>.tif} beside it (a {@code 01_RES} folder,
 * as TrackMate, Ultrack and other trackers export it, and as {@code track} writes for label masks),
 * so that any tracker's result can be scored against an annotation.
 *
 * <p>Cell id = track id; links follow {@link Lineage#fromTrackIds} with the parents of the track
 * file. Tables differ in their column names and in where they start counting frames, so the
 * columns are found by name ({@code x}/{@code y} or scikit-image's {@code centroid-1} (column) /
 * {@code centroid-0} (row); {@code track} or {@code label}; {@code frame}) and the frame offset is
 * found from the data: the offset {@code d} for which every row's {@code frame - d} lies within its
 * track's frames in the track file.
 */
public final class CtcReader {

    /** The track file's name. */
    public static final String TRACK_FILE = "man_track.txt";
    /** The track file's name in a tracker's result. */
    public static final String RESULT_TRACK_FILE = "res_track.txt";
    /** The per-cell table's name. */
    public static final String TABLE_FILE = "regionprops.csv";

    private static final Pattern MASK = Pattern.compile("man_track0*(\\d+)\\.tiff?", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESULT_MASK = Pattern.compile("mask0*(\\d+)\\.tiff?", Pattern.CASE_INSENSITIVE);

    private CtcReader() {
    }

    /** Whether {@code folder} holds a track file: an annotation's, directly or in {@code TRA/}, or a result's. */
    public static boolean isCtcFolder(Path folder) {
        return Files.isRegularFile(folder.resolve(TRACK_FILE)) || Files.isRegularFile(folder.resolve("TRA").resolve(TRACK_FILE))
                || Files.isRegularFile(folder.resolve(RESULT_TRACK_FILE));
    }

    /**
     * Reads the folder from its label masks where it has them (they give the cells' shapes as well
     * as their positions, see {@link LabelMaskReader}), else from its {@code regionprops.csv} (in
     * the folder or beside the track file).
     *
     * @throws BadInputException naming file, line and problem for any inconsistency: a parent that
     *         is not a track, a row for an unknown track, a track twice in one frame, rows that
     *         no frame offset fits, or a folder with neither table nor masks
     */
    public static Lineage read(Path folder) {
        Path tracks = trackFile(folder);
        if (!maskFiles(tracks).isEmpty()) {
            return readMasks(tracks);
        }
        Path table = folder.resolve(TABLE_FILE);
        if (!Files.isRegularFile(table)) {
            table = tracks.resolveSibling(TABLE_FILE);
        }
        // Without a table either, readMasks names what is missing.
        return Files.isRegularFile(table) ? readTable(tracks, table) : readMasks(tracks);
    }

    /** Reads the track file and the cells of a per-cell table. */
    public static Lineage readTable(Path trackFile, Path table) {
        Map<Integer, CtcTrack> tracks = CtcTrackFile.read(trackFile);
        CsvColumns columns = regionpropsColumns(table);
        FrameAlignment alignment = new FrameAlignment(table, tracks);
        List<Cell> cells = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        CellTableCsv.forEachRow(table, columns, false, (line, cell, parent) -> {
            alignment.add(line, cell);
            cells.add(cell);
            lines.add(line);
        });
        int offset = alignment.offset();
        TrackTable rows = new TrackTable(table);
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            rows.add(lines.get(i), c.withId(c.frame() - offset, c.id()), TrackTable.NO_PARENT);
        }
        return rows.lineage(parents(tracks));
    }

    /**
     * Reads the track file and the label masks beside it: {@code man_track<t>.tif} beside an
     * annotation's {@code man_track.txt}, {@code mask<t>.tif} beside a result's {@code res_track.txt}.
     */
    public static Lineage readMasks(Path trackFile) {
        Map<Integer, CtcTrack> tracks = CtcTrackFile.read(trackFile);
        Map<Integer, Path> masks = maskFiles(trackFile);
        if (masks.isEmpty()) {
            throw new BadInputException(trackFile.getParent(), 0, "neither " + TABLE_FILE + " nor label masks "
                    + (isResult(trackFile) ? "mask<t>.tif" : "man_track<t>.tif") + " found beside " + trackFile.getFileName());
        }
        TrackTable rows = new TrackTable(trackFile);
        for (Map.Entry<Integer, Path> e : masks.entrySet()) {
            for (Cell c : LabelMaskReader.read(e.getValue(), e.getKey())) {
                CtcTrack t = tracks.get(c.id());
                if (t == null || !t.covers(c.frame())) {
                    throw new BadInputException(e.getValue(), 0, "label " + c.id() + " in frame " + c.frame()
                            + (t == null ? " is not a track of " : " lies outside its track's frames in ") + trackFile);
                }
                rows.add(0, c, TrackTable.NO_PARENT);
            }
        }
        return rows.lineage(parents(tracks));
    }

    /** The track file of a CTC folder. */
    static Path trackFile(Path folder) {
        Path direct = folder.resolve(TRACK_FILE);
        if (Files.isRegularFile(direct)) {
            return direct;
        }
        Path tra = folder.resolve("TRA").resolve(TRACK_FILE);
        if (Files.isRegularFile(tra)) {
            return tra;
        }
        Path result = folder.resolve(RESULT_TRACK_FILE);
        if (Files.isRegularFile(result)) {
            return result;
        }
        throw new BadInputException(folder, 0, "no " + TRACK_FILE + " in the folder or its TRA subfolder, nor "
                + RESULT_TRACK_FILE);
    }

    private static boolean isResult(Path trackFile) {
        return trackFile.getFileName().toString().equals(RESULT_TRACK_FILE);
    }

    /** The label masks beside a track file (named as that file's kind names them), by frame. */
    static Map<Integer, Path> maskFiles(Path trackFile) {
        Path folder = trackFile.getParent();
        Pattern names = isResult(trackFile) ? RESULT_MASK : MASK;
        Map<Integer, Path> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = names.matcher(p.getFileName().toString());
                if (m.matches()) {
                    if (m.group(1).length() > 7 || Integer.parseInt(m.group(1)) > FieldParser.MAX_FRAME) {
                        throw new BadInputException(p, 0, "frame " + m.group(1) + " is beyond the largest supported frame "
                                + FieldParser.MAX_FRAME);
                    }
                    Path old = out.put(Integer.parseInt(m.group(1)), p);
                    if (old != null) {
                        throw new BadInputException(p, 0, "a second mask for frame " + m.group(1) + " beside " + old);
                    }
                }
            }
        } catch (IOException e) {
            throw new BadInputException(folder, 0, "cannot list the folder: " + e.getMessage(), e);
        }
        return out;
    }

    private static CsvColumns regionpropsColumns(Path table) {
        List<String> header = CsvInput.header(table);
        List<String> problems = new ArrayList<>();
        String x = either(header, "x", "centroid-1", problems);
        String y = either(header, "y", "centroid-0", problems);
        String id = either(header, "track", "label", problems);
        if (!header.contains("frame")) {
            problems.add("no column 'frame'");
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(table, 1, String.join("; ", problems) + " (header: " + header + ")");
        }
        return new CsvColumns("frame", id, x, y, "parent");
    }

    private static String either(List<String> header, String name, String alternative, List<String> problems) {
        if (header.contains(name)) {
            return name;
        }
        if (!header.contains(alternative)) {
            problems.add("no column '" + name + "' or '" + alternative + "'");
        }
        return alternative;
    }

    private static Map<Integer, Integer> parents(Map<Integer, CtcTrack> tracks) {
        Map<Integer, Integer> out = new HashMap<>();
        tracks.values().stream().filter(t -> t.parent() != 0).forEach(t -> out.put(t.id(), t.parent()));
        return out;
    }
}
