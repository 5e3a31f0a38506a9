package org.mitosis.core.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;

/**
 * Closes the gaps of two or more frames in a row in which a detector missed a cell: a track that ends
 * at frame t continues as a track that starts without a predecessor at t + k + 1, for k = 2, 3, ...
 * missed frames up to the maximum, shorter gaps first. Each k is one minimum-cost assignment per frame
 * on squared distance, within the one-frame gap's radius times √((k + 1) / 2), since a cell's
 * displacement over n frames grows about as √n, so each end and each start takes at most one partner.
 * One missed frame is the models' own step ({@link GapCloser}). As there, a division's daughter
 * farther from her mother may also continue an ended track that lies clearly nearer to her than her
 * mother ({@link #DAUGHTER_MARGIN}):
 * the frame-pair linker, seeing nothing of a track that ended frames before, gave the reappearing cell
 * to a neighbour as a second daughter.
 *
 * <p>Why: 5 % of cells missed at random leaves a cell missed in two frames in a row about once in
 * 400 cell-frames, and a cell cycle of 185 frames (C2C12) about once in two cycles; a real
 * detector's misses come in runs (a cell rounding up to divide). Each such gap cut a cell's track
 * in two, and with it its cycle: on F0009 under that noise (frames 390-779, models trained on 0-389),
 * closing gaps of up to two missed frames took the complete cell cycles found from 22 to 37 of 77
 * (GNN-DOL) and from 30 to 56 (LAP), with 4 and 8 fewer false divisions and no true one lost; on exact
 * positions it changed nothing.
 */
public final class LongGapCloser {

    /** Largest number of missed frames in a row that may be closed. */
    public static final int MAX_MISSED = 10;

    /**
     * A daughter continues an ended track only when it lies nearer to her than 0.75 times her mother
     * does. Across two or more missed frames the ended cell had longer to move than a daughter in one
     * frame, so an ended track beside a true daughter is likelier than in one-frame gap closing (which
     * takes any nearer end). On the synthetic demo from pixels any nearer end took 2 and 3 true
     * daughters from GNN-DOL and the naive GNN; this margin 0 and 1, and on F0009 under noise (both
     * halves, both methods) it kept every false division that any nearer end removed, where 0.5 lost one.
     */
    static final double DAUGHTER_MARGIN = 0.75;

    private final double radius;
    private final int maxMissed;

    /**
     * @param radius largest distance in pixels across one missed frame (a model's one-frame gap radius)
     * @param maxMissed most frames in a row a cell may be missed, 1 to {@value #MAX_MISSED}; 1 closes
     *        nothing here
     * @throws IllegalArgumentException unless {@code radius} is finite and {@code > 0} and
     *         {@code maxMissed} in range
     */
    public LongGapCloser(double radius, int maxMissed) {
        List<String> problems = problems(maxMissed);
        if (!(radius > 0) || Double.isInfinite(radius)) {
            problems.add("gap radius must be a finite number > 0 px, got " + radius);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        this.radius = radius;
        this.maxMissed = maxMissed;
    }

    /** What is wrong with {@code maxMissed}, empty when nothing. */
    public static List<String> problems(int maxMissed) {
        List<String> problems = new ArrayList<>();
        if (maxMissed < 1 || maxMissed > MAX_MISSED) {
            problems.add("the most frames a cell may be missed in a row must be 1 to " + MAX_MISSED + ", got " + maxMissed);
        }
        return problems;
    }

    /** The lineage with its longer gaps closed; the same object when there is none to close. */
    public Lineage close(Lineage lineage) {
        if (maxMissed < 2) {
            return lineage;
        }
        CellSequence cells = lineage.cells();
        // Working copies of the links, updated as gaps close.
        Map<CellRef, List<CellRef>> successors = GapCloser.successors(lineage.links());
        Map<CellRef, CellRef> predecessors = GapCloser.predecessors(lineage.links());
        Set<Link> links = new LinkedHashSet<>(lineage.links());
        boolean changed = false;
        for (int missed = 2; missed <= maxMissed; missed++) {
            double reach = radius * Math.sqrt((missed + 1) / 2.0);
            for (int t = cells.firstFrame(); t + missed + 1 <= cells.lastFrame(); t++) {
                List<Cell> ends = cells.cellsIn(t).stream()
                        .filter(c -> successors.getOrDefault(c.ref(), List.of()).isEmpty()).toList();
                if (ends.isEmpty()) {
                    continue;
                }
                Map<CellRef, Cell> motherOf = new HashMap<>();
                List<Cell> starts = GapCloser.starts(cells, t + missed + 1, successors, predecessors, motherOf);
                for (Link gap : GapCloser.join(ends, starts, motherOf, reach, DAUGHTER_MARGIN)) {
                    GapCloser.closeGap(gap, motherOf.get(gap.target()), links, successors, predecessors);
                    changed = true;
                }
            }
        }
        return changed ? new Lineage(cells, links) : lineage;
    }
}
