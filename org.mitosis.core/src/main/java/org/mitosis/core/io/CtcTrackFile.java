package org.mitosis.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Track;

/**
 * The Cell Tracking Challenge track file: one line {@code id start end parent} per track, parent 0
 * for none, frames 0-based (Ulman et al., Nat. Methods 14:1141, 2017). Read as ISO-8859-1 so that
 * a stray byte is reported as a bad number on its line rather than as an undecodable file.
 */
public final class CtcTrackFile {

    private CtcTrackFile() {
    }

    /**
     * Reads and checks a track file: four non-negative integers per line, ids {@code >= 1} and
     * unique, {@code start <= end}, and every parent id present in the file. Blank lines are
     * skipped.
     *
     * @return the tracks by id, in file order
     * @throws BadInputException for any line that breaks these rules, or an empty file
     */
    public static Map<Integer, CtcTrack> read(Path file) {
        Map<Integer, CtcTrack> tracks = new LinkedHashMap<>();
        Map<Integer, Long> lineOf = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String text;
            long line = 0;
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                CtcTrack t = parse(text, new FieldParser(file, line));
                if (tracks.putIfAbsent(t.id(), t) != null) {
                    throw new BadInputException(file, line, "track " + t.id() + " appears twice");
                }
                lineOf.put(t.id(), line);
            }
        } catch (IOException e) {
            throw new BadInputException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        if (tracks.isEmpty()) {
            throw new BadInputException(file, 0, "no track: the file is empty");
        }
        for (CtcTrack t : tracks.values()) {
            if (t.parent() != 0 && !tracks.containsKey(t.parent())) {
                throw new BadInputException(file, lineOf.get(t.id()),
                        "parent " + t.parent() + " of track " + t.id() + " is not a track of this file");
            }
        }
        return Collections.unmodifiableMap(tracks);
    }

    private static CtcTrack parse(String text, FieldParser p) {
        String[] f = text.trim().split("\\s+");
        if (f.length != 4) {
            throw p.fail("expected 4 fields 'id start end parent', found " + f.length);
        }
        int id = p.integer(f[0], "track id");
        int start = p.integer(f[1], "start frame");
        int end = p.integer(f[2], "end frame");
        int parent = p.integer(f[3], "parent id");
        if (id < 1) {
            throw p.fail("track id " + id + " is not >= 1");
        }
        if (start < 0 || end < start || end > FieldParser.MAX_FRAME) {
            throw p.fail("frames " + start + "-" + end + " of track " + id + " are not a range of frames within 0-" + FieldParser.MAX_FRAME);
        }
        if (parent < 0 || parent == id) {
            throw p.fail("parent " + parent + " of track " + id + " is not 0 or another track's id");
        }
        return new CtcTrack(id, start, end, parent);
    }

    /** The tracks of a lineage ({@link Lineage#tracks()}) as track file lines. */
    public static List<CtcTrack> tracksOf(Lineage lineage) {
        List<CtcTrack> out = new ArrayList<>();
        for (Track t : lineage.tracks()) {
            out.add(new CtcTrack(t.id(), t.startFrame(), t.endFrame(), t.parent()));
        }
        return out;
    }

    /** Writes the tracks of {@code lineage} as a track file (for example {@code res_track.txt}). */
    public static void write(Lineage lineage, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (CtcTrack t : tracksOf(lineage)) {
                out.write(t.id() + " " + t.start() + " " + t.end() + " " + t.parent() + "\n");
            }
        }
    }
}
