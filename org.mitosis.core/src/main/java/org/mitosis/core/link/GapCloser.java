package org.mitosis.core.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mitosis.core.assign.Assignment;
import org.mitosis.core.assign.AssignmentProblem;
import org.mitosis.core.assign.SparseAssignmentSolver;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.cells.NeighbourPairs;

/**
 * Closes one-frame gaps in a lineage linked frame pair by frame pair: a track that ends at t−1 and
 * a cell at t+1 within the maximum distance are joined (a detector missed the cell at t), by a
 * minimum-cost assignment on squared distance per frame, so each end and each cell takes at most one
 * partner. Without it a missed cell splits its track in two, and a daughter's track broken that way
 * looks like a short branch to {@link ShortBranchPruner}.
 *
 * <p>The cells at t+1 that may continue an ended track are those without predecessor and, of each
 * division, the daughter farther from the mother when the ended track lies nearer to it than the
 * mother: a frame-pair linker sees nothing of the track that ended at t−1 and takes a cell that
 * reappears after one missed frame as a neighbour's "daughter", the commonest false division on
 * imperfect detections. Such a daughter then continues the ended track instead.
 *
 * <p>Time: one sparse assignment per frame over the ends and candidate cells only.
 */
public final class GapCloser {

    private final double maxDistance;

    /**
     * @param maxDistance largest distance in pixels between a track's end and the cell it continues as
     * @throws IllegalArgumentException unless finite and {@code > 0}
     */
    public GapCloser(double maxDistance) {
        if (!(maxDistance > 0) || Double.isInfinite(maxDistance)) {
            throw new IllegalArgumentException("gap max distance must be a finite number > 0, got " + maxDistance);
        }
        this.maxDistance = maxDistance;
    }

    /** The lineage with its one-frame gaps closed; the same object when there is none to close. */
    public Lineage close(Lineage lineage) {
        CellSequence cells = lineage.cells();
        // Working copies of the links, updated as gaps close, so a frame sees the closings before it.
        Map<CellRef, List<CellRef>> successors = new HashMap<>();
        Map<CellRef, CellRef> predecessors = new HashMap<>();
        for (Link l : lineage.links()) {
            successors.computeIfAbsent(l.source(), k -> new ArrayList<>(2)).add(l.target());
            predecessors.put(l.target(), l.source());
        }
        Set<Link> links = new LinkedHashSet<>(lineage.links());
        boolean changed = false;
        for (int t = cells.firstFrame() + 1; t < cells.lastFrame(); t++) {
            List<Cell> ends = cells.cellsIn(t - 1).stream().filter(c -> !successors.containsKey(c.ref())).toList();
            if (ends.isEmpty()) {
                continue;
            }
            List<Cell> starts = new ArrayList<>();
            Map<CellRef, Cell> motherOf = new HashMap<>();
            for (Cell c : cells.cellsIn(t + 1)) {
                CellRef mother = predecessors.get(c.ref());
                if (mother == null) {
                    starts.add(c);
                } else if (isFartherDaughter(cells, successors.get(mother), cells.get(mother), c)) {
                    starts.add(c);
                    motherOf.put(c.ref(), cells.get(mother));
                }
            }
            for (Link gap : join(ends, starts, motherOf)) {
                Cell mother = motherOf.get(gap.target());
                if (mother != null) {
                    links.remove(new Link(mother.ref(), gap.target()));
                    successors.get(mother.ref()).remove(gap.target());
                }
                links.add(gap);
                successors.computeIfAbsent(gap.source(), k -> new ArrayList<>(2)).add(gap.target());
                predecessors.put(gap.target(), gap.source());
                changed = true;
            }
        }
        return changed ? new Lineage(cells, links) : lineage;
    }

    /** Whether {@code cell} is the daughter of a division farthest from its mother (ties: the larger id). */
    private static boolean isFartherDaughter(CellSequence cells, List<CellRef> daughters, Cell mother, Cell cell) {
        if (daughters.size() < 2) {
            return false;
        }
        CellRef farthest = daughters.stream()
                .max(Comparator.comparingDouble((CellRef d) -> cells.get(d).distanceTo(mother))
                        .thenComparing(Comparator.naturalOrder())).orElseThrow();
        return farthest.equals(cell.ref());
    }

    private List<Link> join(List<Cell> ends, List<Cell> starts, Map<CellRef, Cell> motherOf) {
        List<NeighbourPairs.Pair> near = new ArrayList<>();
        for (NeighbourPairs.Pair p : NeighbourPairs.within(ends, starts, maxDistance)) {
            Cell mother = motherOf.get(starts.get(p.to()).ref());
            if (mother == null || p.distance() < starts.get(p.to()).distanceTo(mother)) {
                near.add(p);
            }
        }
        if (near.isEmpty()) {
            return List.of();
        }
        // Leaving an end unmatched costs as much as the longest allowed gap, so any allowed join is taken
        // when it does not take a nearer end's partner.
        AssignmentProblem.Builder b = AssignmentProblem.builder(ends.size(), starts.size())
                .unmatchedRowCost(maxDistance * maxDistance).unmatchedColumnCost(0);
        for (NeighbourPairs.Pair p : near) {
            b.add(p.from(), p.to(), p.distance() * p.distance());
        }
        Assignment a = new SparseAssignmentSolver(b.build()).solve();
        List<Link> links = new ArrayList<>();
        for (int r = 0; r < ends.size(); r++) {
            int c = a.columnOf(r);
            if (c >= 0) {
                links.add(new Link(ends.get(r).ref(), starts.get(c).ref()));
            }
        }
        return links;
    }
}
