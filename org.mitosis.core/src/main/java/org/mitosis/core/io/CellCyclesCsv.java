package org.mitosis.core.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cycles.CellCycles;
import org.mitosis.core.cycles.CycleSettings;
import org.mitosis.core.cycles.CycleSummary;
import org.mitosis.core.cycles.FrameCounts;
import org.mitosis.core.cycles.TrackCycle;

/**
 * A lineage's cell cycles as two tables (definitions in package {@code org.mitosis.core.cycles}):
 * <ul>
 * <li>{@value #TRACKS}: {@code track,parent,generation,first_frame,first_cell,last_frame,last_cell,
 * frames,beginning,ending,cycle_frames,cycle_hours}, one row per track; ids as in a result folder's
 * {@code res_track.txt}, cells by their ids in {@code cells.csv}; {@code cycle_frames} only for a
 * complete cycle, {@code cycle_hours} also only where the frame interval is known;</li>
 * <li>{@value #FRAMES}: {@code frame,cells,divisions,births,appeared,vanished}, one row per frame;</li>
 * <li>{@value #SUMMARY}: one row per lineage, named in {@code label}: {@code tracks,divisions,complete_cycles,
 * born_still_present,appeared,vanished}, then the median, first and third quartile and mean of the complete
 * cycles and the population doubling time, each {@code _frames} and {@code _hours}, empty where not known
 * (several movies' rows in one file compare them).</li>
 * </ul>
 */
public final class CellCyclesCsv {

    /** The track table's file name. */
    public static final String TRACKS = "tracks.csv";
    /** The frame table's file name. */
    public static final String FRAMES = "frames.csv";
    /** The summary table's file name. */
    public static final String SUMMARY = "summary.csv";

    static final List<String> TRACK_HEADER = List.of("track", "parent", "generation", "first_frame", "first_cell",
            "last_frame", "last_cell", "frames", "beginning", "ending", "cycle_frames", "cycle_hours");
    static final List<String> FRAME_HEADER = List.of("frame", "cells", "divisions", "births", "appeared", "vanished");
    static final List<String> SUMMARY_HEADER = List.of("label", "tracks", "divisions", "complete_cycles",
            "born_still_present", "appeared", "vanished", "median_cycle_frames", "median_cycle_hours", "cycle_q1_frames",
            "cycle_q1_hours", "cycle_q3_frames", "cycle_q3_hours", "mean_cycle_frames", "mean_cycle_hours",
            "doubling_time_frames", "doubling_time_hours");

    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private CellCyclesCsv() {
    }

    /**
     * Writes {@value #TRACKS}, {@value #FRAMES} and {@value #SUMMARY} into {@code dir} (created if needed).
     *
     * @param label the lineage's name in the summary
     */
    public static void write(CellCycles cycles, String label, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Writer w = Files.newBufferedWriter(dir.resolve(TRACKS), StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, WRITE)) {
            out.printRecord(TRACK_HEADER);
            for (TrackCycle t : cycles.tracks()) {
                CellRef firstCell = t.track().cells().get(0);
                CellRef lastCell = t.track().cells().get(t.track().cells().size() - 1);
                String cycle = t.cycleFrames().isPresent() ? Integer.toString(t.cycleFrames().getAsInt()) : "";
                String hours = orEmpty(cycles.cycleHours(t));
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
        writeSummaries(List.of(label), List.of(cycles), dir.resolve(SUMMARY));
    }

    /** Writes one summary row per lineage, {@code labels[i]} naming {@code cycles[i]}, as {@value #SUMMARY} lays them out. */
    public static void writeSummaries(List<String> labels, List<CellCycles> cycles, Path file) throws IOException {
        if (labels.size() != cycles.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + cycles.size() + " lineages");
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, WRITE)) {
            out.printRecord(SUMMARY_HEADER);
            for (int i = 0; i < cycles.size(); i++) {
                CycleSummary s = cycles.get(i).summary();
                CycleSettings settings = cycles.get(i).settings();
                List<Object> row = new ArrayList<>();
                row.add(labels.get(i));
                for (int count : s.counts()) {
                    row.add(count);
                }
                for (double frames : s.times()) {
                    row.add(orEmpty(frames));
                    row.add(orEmpty(settings.hours(frames)));
                }
                out.printRecord(row);
            }
        }
    }

    private static String orEmpty(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }
}
