package org.mitosis.core.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.mitosis.core.assign.Assignment;
import org.mitosis.core.assign.AssignmentProblem;
import org.mitosis.core.assign.SparseAssignmentSolver;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.NeighbourPairs;
import org.mitosis.core.cells.Link;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * Frame-to-frame linking by minimum-cost assignment, in the manner of TrackMate and LapTrack
 * (Jaqaman et al., Nat. Methods 5:695, 2008).
 *
 * <p>For each frame pair (t, t+1) one assignment is solved. Every cell i at t has two rows: its
 * first successor at cost d^2 (squared distance in pixels) and its second successor at cost
 * d^2 + split cost; pairs farther than the max distance are not allowed. Leaving the first row
 * unmatched costs the death cost, the second row nothing; a cell at t+1 without predecessor costs
 * the birth cost. So each cell at t takes at most two successors (two = a division), each cell at
 * t+1 at most one predecessor, and the total cost is minimal. With gap closing, cells at t-1 that
 * took no successor get one more row each, at cost d^2 to cells at t+1 within the gap distance and
 * 0 when unmatched, so a cell missed in one frame continues its track instead of being born again
 * (or taken as a neighbour's daughter); then {@link GapCloser} mends what no single frame pair
 * shows (a track that took a neighbour's cell while its own was missed). Finally, divisions with a
 * daughter branch shorter than
 * {@link LapSettings#minDaughterFrames()} lose that daughter link ({@link ShortBranchPruner}).
 *
 * <p>Departures from Jaqaman et al.: divisions and one-frame gaps are decided in the frame-to-frame
 * step rather than in a second, track-segment step, because daughters appear in the frame right
 * after the parent; the short-branch pruning is ours.
 *
 * <p>Time: one sparse assignment per frame pair, about O(p log p) for p candidate pairs.
 */
public final class LapLinker implements Linker {

    private final LapSettings settings;

    /**
     * @throws IllegalArgumentException for unusable settings
     */
    public LapLinker(LapSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings").validate();
    }

    public LapSettings settings() {
        return settings;
    }

    @Override
    public Lineage link(CellSequence cells, ProgressMonitor monitor) {
        List<Link> links = new ArrayList<>();
        Set<CellRef> linkedOn = new HashSet<>();
        int pairs = Math.max(1, cells.frameCount() - 1);
        for (int t = cells.firstFrame(); t < cells.lastFrame(); t++) {
            monitor.checkCanceled();
            List<Cell> ends = new ArrayList<>();
            if (settings.gapClosing()) {
                for (Cell c : cells.cellsIn(t - 1)) {
                    if (!linkedOn.contains(c.ref())) {
                        ends.add(c);
                    }
                }
            }
            for (Link l : linkPair(cells.cellsIn(t), ends, cells.cellsIn(t + 1))) {
                links.add(l);
                linkedOn.add(l.source());
            }
            monitor.setProgress((double) (t - cells.firstFrame() + 1) / pairs, "linking frame " + t + " to " + (t + 1));
        }
        Lineage lineage = new Lineage(cells, links);
        if (settings.gapClosing()) {
            lineage = new GapCloser(settings.gapMaxDistance()).close(lineage);
        }
        return settings.minDaughterFrames() > 1
                ? new ShortBranchPruner(settings.minDaughterFrames()).prune(lineage)
                : lineage;
    }

    /** The links into frame t+1: from cells at t ({@code from}) and from track ends at t-1. */
    private List<Link> linkPair(List<Cell> from, List<Cell> ends, List<Cell> to) {
        int n = from.size();
        int rows = 2 * n + ends.size();
        if (rows == 0 || to.isEmpty()) {
            return List.of();
        }
        AssignmentProblem.Builder b = AssignmentProblem.builder(rows, to.size());
        for (NeighbourPairs.Pair p : NeighbourPairs.within(from, to, settings.maxDistance())) {
            double cost = p.distance() * p.distance();
            b.add(p.from(), p.to(), cost);
            b.add(n + p.from(), p.to(), cost + settings.splitCost());
        }
        for (NeighbourPairs.Pair p : NeighbourPairs.within(ends, to, settings.gapMaxDistance())) {
            b.add(2 * n + p.from(), p.to(), p.distance() * p.distance());
        }
        for (int i = 0; i < n; i++) {
            b.unmatchedRowCost(i, settings.deathCost());
        }
        for (int r = n; r < rows; r++) {
            b.unmatchedRowCost(r, 0);
        }
        Assignment a = new SparseAssignmentSolver(b.unmatchedColumnCost(settings.birthCost()).build()).solve();
        if (!a.isOptimal()) {
            throw new IllegalStateException("assignment with finite unmatched costs is always feasible: " + a);
        }
        List<Link> links = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int c = a.columnOf(r);
            if (c >= 0) {
                Cell source = r < 2 * n ? from.get(r % n) : ends.get(r - 2 * n);
                links.add(new Link(source.ref(), to.get(c).ref()));
            }
        }
        return links;
    }

    @Override
    public String toString() {
        return "LapLinker[" + settings + "]";
    }
}
