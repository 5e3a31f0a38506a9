package org.mitosis.core.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cycles.CellCycles;
import org.mitosis.core.cycles.FrameCounts;
import org.mitosis.core.cycles.TrackCycle;

/**
 * A lineage's cell cycles as two tables (definitions in package {@code org.mitosis.core.cycles}):
 * <ul>
 * <li>{@value #TRACKS}: {@code track,parent,generation,first_frame,first_cell,last_frame,last_cell,
 * frames,beginning,ending,cycle_frames,cycle_hours}, one row per track; ids as in a result folder's
 * {@code res_track.txt}, cells by their ids in {@code cells.csv}; {@code cycle_frames} only for a
 * complete cycle, {@code cycle_hours} also only where the frame interval is known;</li>
 * <li>{@value #FRAMES}: {@code frame,cells,divisions,births,appeared,vanished}, one row per frame.</li>
 * </ul>
 */
public final class CellCyclesCsv {

    /** The track table's file name. */
    public static final String TRACKS = "tracks.csv";
    /** The frame table's file name. */
    public static final String FRAMES = "frames.csv";

    static final List<String> TRACK_HEADER = List.of("track", "parent", "generation", "first_frame", "first_cell",
            "last_frame", "last_cell", "frames", "beginning", "ending", "cycle_frames", "cycle_hours");
    static final List<String> FRAME_HEADER = List.of("frame", "cells", "divisions", "births", "appeared", "vanished");

    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private CellCyclesCsv() {
    }

    /** Writes {@value #TRACKS} and {@value #FRAMES} into {@code dir} (created if needed). */
    public static void write(CellCycles cycles, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Writer w = Files.newBufferedWriter(dir.resolve(TRACKS), StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, WRITE)) {
            out.printRecord(TRACK_HEADER);
            for (TrackCycle t : cycles.tracks()) {
                CellRef firstCell = t.track().cells().get(0);
                CellRef lastCell = t.track().cells().get(t.track().cells().size() - 1);
                String cycle = t.cycleFrames().isPresent() ? Integer.toString(t.cycleFrames().getAsInt()) : "";
                double h = cycles.cycleHours(t);
                String hours = Double.isNaN(h) ? "" : Double.toString(h);
                out.printRecord(t.track().id(), t.track().parent(), t.generation(), firstCell.frame(), firstCell.id(),
                        lastCell.frame(), lastCell.id(), t.frames(), t.beginning().label(), t.ending().label(), cycle,
                        hours);
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(FRAMES), StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, WRITE)) {
            out.printRecord(FRAME_HEADER);
            for (FrameCounts f : cycles.frames()) {
                out.printRecord(f.frame(), f.cells(), f.divisions(), f.births(), f.appeared(), f.vanished());
            }
        }
    }
}
