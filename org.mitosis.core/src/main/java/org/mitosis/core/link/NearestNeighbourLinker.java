package org.mitosis.core.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.NeighbourPairs;
import org.mitosis.core.cells.Link;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * The simplest linker, a baseline: each cell at t+1 takes the nearest cell at t within the max
 * distance as its predecessor. A cell at t chosen by two or more cells keeps the two nearest as
 * successors (a division); the others start new tracks. Ties go to the lower id.
 *
 * <p>Time: O(p) per frame pair for p candidate pairs within the max distance.
 */
public final class NearestNeighbourLinker implements Linker {

    private final double maxDistance;

    /**
     * @param maxDistance largest link distance in pixels, finite and {@code > 0}
     */
    public NearestNeighbourLinker(double maxDistance) {
        if (!(maxDistance > 0) || Double.isInfinite(maxDistance)) {
            throw new IllegalArgumentException("max distance must be finite and > 0 px, got " + maxDistance);
        }
        this.maxDistance = maxDistance;
    }

    @Override
    public Lineage link(CellSequence cells, ProgressMonitor monitor) {
        List<Link> links = new ArrayList<>();
        int pairs = Math.max(1, cells.frameCount() - 1);
        for (int t = cells.firstFrame(); t < cells.lastFrame(); t++) {
            monitor.checkCanceled();
            links.addAll(linkPair(cells.cellsIn(t), cells.cellsIn(t + 1)));
            monitor.setProgress((double) (t - cells.firstFrame() + 1) / pairs, "linking frame " + t + " to " + (t + 1));
        }
        return new Lineage(cells, links);
    }

    private List<Link> linkPair(List<Cell> from, List<Cell> to) {
        Map<Integer, NeighbourPairs.Pair> nearest = new HashMap<>();
        for (NeighbourPairs.Pair p : NeighbourPairs.within(from, to, maxDistance)) {
            NeighbourPairs.Pair best = nearest.get(p.to());
            if (best == null || p.distance() < best.distance()
                    || p.distance() == best.distance() && from.get(p.from()).id() < from.get(best.from()).id()) {
                nearest.put(p.to(), p);
            }
        }
        Map<Integer, List<NeighbourPairs.Pair>> takers = new HashMap<>();
        for (NeighbourPairs.Pair p : nearest.values()) {
            takers.computeIfAbsent(p.from(), k -> new ArrayList<>()).add(p);
        }
        List<Link> links = new ArrayList<>();
        for (List<NeighbourPairs.Pair> list : takers.values()) {
            list.sort(Comparator.comparingDouble(NeighbourPairs.Pair::distance)
                    .thenComparingInt(p -> to.get(p.to()).id()));
            for (NeighbourPairs.Pair p : list.subList(0, Math.min(2, list.size()))) {
                links.add(new Link(from.get(p.from()).ref(), to.get(p.to()).ref()));
            }
        }
        return links;
    }

    @Override
    public String toString() {
        return "NearestNeighbourLinker[max distance " + maxDistance + " px]";
    }
}
