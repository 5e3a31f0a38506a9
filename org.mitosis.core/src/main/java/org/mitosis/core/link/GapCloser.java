package org.mitosis.core.link;

import java.util.ArrayList;
import java.util.List;

import org.mitosis.core.assign.Assignment;
import org.mitosis.core.assign.AssignmentProblem;
import org.mitosis.core.assign.SparseAssignmentSolver;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.cells.NeighbourPairs;

/**
 * Closes one-frame gaps in a lineage linked frame pair by frame pair: a track that ends at t−1 and
 * a track that starts at t+1 within the maximum distance are joined (a detector missed the cell at
 * t), by a minimum-cost assignment on squared distance per frame, so each end and each start takes
 * at most one partner. Without it a missed cell splits its track in two, and a daughter's track
 * broken that way looks like a short branch to {@link ShortBranchPruner}.
 *
 * <p>Time: one sparse assignment per frame over the ends and starts only.
 */
public final class GapCloser {

    private final double maxDistance;

    /**
     * @param maxDistance largest distance in pixels between a track's end and the start it continues as
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
        List<Link> added = new ArrayList<>();
        for (int t = cells.firstFrame() + 1; t < cells.lastFrame(); t++) {
            List<Cell> ends = cells.cellsIn(t - 1).stream().filter(c -> lineage.successors(c.ref()).isEmpty()).toList();
            List<Cell> starts = cells.cellsIn(t + 1).stream().filter(c -> lineage.predecessor(c.ref()).isEmpty()).toList();
            added.addAll(join(ends, starts));
        }
        if (added.isEmpty()) {
            return lineage;
        }
        List<Link> links = new ArrayList<>(lineage.links());
        links.addAll(added);
        return new Lineage(cells, links);
    }

    private List<Link> join(List<Cell> ends, List<Cell> starts) {
        List<NeighbourPairs.Pair> near = NeighbourPairs.within(ends, starts, maxDistance);
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
