package org.mitosis.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;

/**
 * A tracking result on disk, in five files: {@code cells.csv} ({@code frame,id,x,y}, ids unique in
 * the whole file), {@code links.csv} (see {@link LinksCsv}), {@code divisions.csv} (see
 * {@link DivisionsCsv}), the Cell Tracking Challenge track file {@code res_track.txt} and a TrackMate
 * file {@code trackmate.xml} that Fiji opens. {@link #read(Path)} turns the first two back into the
 * same lineage.
 */
public final class ResultFolder {

    public static final String CELLS = "cells.csv";
    public static final String LINKS = "links.csv";
    public static final String DIVISIONS = "divisions.csv";
    public static final String TRACKS = "res_track.txt";
    public static final String TRACKMATE = "trackmate.xml";
    /** Every file {@link #write} writes. */
    public static final List<String> FILES = List.of(CELLS, LINKS, DIVISIONS, TRACKS, TRACKMATE);

    private ResultFolder() {
    }

    /**
     * Writes the five files into {@code dir} (created if needed). Cells whose ids repeat across
     * frames are first renumbered 1..n in frame order (links follow), so that the written ids are
     * unique in the whole file.
     */
    public static void write(Lineage result, Path dir) throws IOException {
        Files.createDirectories(dir);
        Lineage unique = withUniqueIds(result);
        CellTableCsv.write(withoutFeatures(unique.cells()), dir.resolve(CELLS));
        LinksCsv.write(unique.links(), dir.resolve(LINKS));
        DivisionsCsv.write(unique, dir.resolve(DIVISIONS));
        CtcTrackFile.write(unique, dir.resolve(TRACKS));
        new TrackMateXmlWriter(TrackMateXmlWriter.DEFAULT_RADIUS).write(unique, dir.resolve(TRACKMATE));
    }

    /** Whether {@code dir} holds the cell and link tables of a result. */
    public static boolean isResultFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(CELLS)) && Files.isRegularFile(dir.resolve(LINKS));
    }

    /**
     * Reads {@code cells.csv} and {@code links.csv} back into a lineage.
     *
     * @throws BadInputException naming file, line and problem
     */
    public static Lineage read(Path dir) {
        Path cellFile = dir.resolve(CELLS);
        Map<CellRef, Long> lineOf = new HashMap<>();
        List<Cell> cells = new ArrayList<>();
        CellTableCsv.forEachRow(cellFile, CsvColumns.DEFAULT, false, (line, cell, parent) -> {
            Long earlier = lineOf.putIfAbsent(cell.ref(), line);
            if (earlier != null) {
                throw new BadInputException(cellFile, line, "a second " + cell.ref() + " (the first is on line " + earlier + ")");
            }
            cells.add(cell);
        });
        CellSequence sequence = CellSequence.of(cells);
        return new Lineage(sequence, LinksCsv.read(dir.resolve(LINKS), sequence));
    }

    /** The lineage itself where its ids are unique, else renumbered 1..n in frame order. */
    static Lineage withUniqueIds(Lineage lineage) {
        Set<Integer> ids = new HashSet<>();
        if (lineage.cells().cells().allMatch(c -> ids.add(c.id()))) {
            return lineage;
        }
        CellSequence renumbered = lineage.cells().renumbered();
        Map<CellRef, CellRef> newRef = new HashMap<>();
        List<Cell> before = lineage.cells().cells().toList();
        List<Cell> after = renumbered.cells().toList();
        for (int i = 0; i < before.size(); i++) {
            newRef.put(before.get(i).ref(), after.get(i).ref());
        }
        List<Link> links = new ArrayList<>();
        for (Link l : lineage.links()) {
            links.add(new Link(newRef.get(l.source()), newRef.get(l.target())));
        }
        return new Lineage(renumbered, links);
    }

    private static CellSequence withoutFeatures(CellSequence cells) {
        List<Cell> plain = cells.cells().map(c -> new Cell(c.frame(), c.id(), c.x(), c.y())).toList();
        return CellSequence.of(plain, cells.firstFrame(), cells.lastFrame());
    }
}
