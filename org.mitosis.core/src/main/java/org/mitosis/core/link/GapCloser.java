package org.mitosis.core.link;

import java.util.ArrayList;
import java.util.List;

import org.mitosis.core.assign.Assignment;
import org.mitosis.core.assign.AssignmentProblem;
import org.mitosis.core.assign.SparseAssignmentSolver;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * Closes gaps of one missing frame: a track that ends at t (a cell without successor) is joined to
 * a track that starts at t+2 (a cell without predecessor) when they lie within the gap distance,
 * by one minimum-cost assignment per t at cost d^2, with d_max^2 for each end or start left
 * alone. A simplification of Jaqaman et al.'s gap-closing step (one frame, no merging).
 */
public final class GapCloser {

    private final double maxDistance;

    /**
     * @param maxDistance largest gap-closing distance in pixels, finite and {@code > 0}
     */
    public GapCloser(double maxDistance) {
        if (!(maxDistance > 0) || Double.isInfinite(maxDistance)) {
            throw new IllegalArgumentException("gap max distance must be finite and > 0 px, got " + maxDistance);
        }
        this.maxDistance = maxDistance;
    }

    /** The lineage with gap-closing links (span 2) added. */
    public Lineage close(Lineage lineage, ProgressMonitor monitor) {
        List<Link> links = new ArrayList<>(lineage.links());
        int first = lineage.cells().firstFrame();
        int last = lineage.cells().lastFrame();
        for (int t = first; t + 2 <= last; t++) {
            monitor.checkCanceled();
            List<Cell> ends = new ArrayList<>();
            for (Cell c : lineage.cells().cellsIn(t)) {
                if (lineage.successors(c.ref()).isEmpty()) {
                    ends.add(c);
                }
            }
            List<Cell> starts = new ArrayList<>();
            for (Cell c : lineage.cells().cellsIn(t + 2)) {
                if (lineage.predecessor(c.ref()).isEmpty()) {
                    starts.add(c);
                }
            }
            links.addAll(join(ends, starts));
        }
        return new Lineage(lineage.cells(), links);
    }

    private List<Link> join(List<Cell> ends, List<Cell> starts) {
        if (ends.isEmpty() || starts.isEmpty()) {
            return List.of();
        }
        double alone = maxDistance * maxDistance;
        AssignmentProblem.Builder b = AssignmentProblem.builder(ends.size(), starts.size());
        for (NeighbourPairs.Pair p : NeighbourPairs.within(ends, starts, maxDistance)) {
            b.add(p.from(), p.to(), p.distance() * p.distance());
        }
        Assignment a = new SparseAssignmentSolver(b.unmatchedRowCost(alone).unmatchedColumnCost(alone).build()).solve();
        List<Link> out = new ArrayList<>();
        for (int r = 0; r < ends.size(); r++) {
            if (a.columnOf(r) >= 0) {
                out.add(new Link(ends.get(r).ref(), starts.get(a.columnOf(r)).ref()));
            }
        }
        return out;
    }
}
