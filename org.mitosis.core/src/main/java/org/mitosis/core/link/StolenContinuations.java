package org.mitosis.core.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.cells.NeighbourPairs;

/**
 * Gives a cell's continuation back where a neighbour took it as a daughter: for a division of A at
 * t into D and another daughter, and a cell B at t left without successor, the link A → D becomes
 * B → D when D lies nearer to B than to A ({@code |BD| < |AD|}, B within the maximum distance of
 * D); largest gain {@code |AD|² − |BD|²} first, each B and D at most once, each division losing at
 * most one daughter.
 *
 * <p>Why: daughters are the halves of their mother and start beside her; a "daughter" nearer to a
 * cell that ends in that very frame is that cell's continuation. The GNNs' frame-pair decision can
 * miss this, as ending a track costs nothing in GNN-DOL's QP (nor in the naive head's rounding): a
 * network that has learned that cells often end (epidermis-area1, where ~10 % of the basal cells
 * leave the layer each frame) ended cells whose continuation lay a few pixels away and gave it to a
 * neighbour ~15-20 px off as a second daughter, 20 of GNN-DOL's 46 false divisions there on frames
 * 10-14 (seed 7). The LAP's assignment weighs the same distances itself and is left as it is. No
 * parameter: the rule needs D strictly nearer to B than to her mother.
 *
 * <p>Time: per frame, the pairs of ended cells and daughters within the maximum distance, sorted.
 */
public final class StolenContinuations {

    private final double maxDistance;

    /**
     * @param maxDistance largest distance in pixels from a cell to the continuation it is given
     * @throws IllegalArgumentException unless finite and {@code > 0}
     */
    public StolenContinuations(double maxDistance) {
        if (!(maxDistance > 0) || Double.isInfinite(maxDistance)) {
            throw new IllegalArgumentException("max distance must be a finite number > 0, got " + maxDistance);
        }
        this.maxDistance = maxDistance;
    }

    /** The lineage with its stolen continuations given back; the same object when there is none. */
    public Lineage repair(Lineage lineage) {
        CellSequence cells = lineage.cells();
        Set<Link> removed = new HashSet<>();
        List<Link> added = new ArrayList<>();
        for (int t = cells.firstFrame(); t < cells.lastFrame(); t++) {
            List<Cell> ended = new ArrayList<>();
            List<Cell> daughters = new ArrayList<>();
            for (Cell c : cells.cellsIn(t)) {
                List<CellRef> next = lineage.successors(c.ref());
                if (next.isEmpty()) {
                    ended.add(c);
                } else if (next.size() >= 2) {
                    next.forEach(d -> daughters.add(cells.get(d)));
                }
            }
            if (ended.isEmpty() || daughters.isEmpty()) {
                continue;
            }
            record Move(Cell mother, Cell daughter, Cell taker, double gain) {
            }
            List<Move> moves = new ArrayList<>();
            for (NeighbourPairs.Pair p : NeighbourPairs.within(ended, daughters, maxDistance)) {
                Cell b = ended.get(p.from());
                Cell d = daughters.get(p.to());
                Cell a = cells.get(lineage.predecessor(d.ref()).orElseThrow());
                double gain = a.squaredDistanceTo(d) - b.squaredDistanceTo(d);
                if (gain > 0) {
                    moves.add(new Move(a, d, b, gain));
                }
            }
            moves.sort(Comparator.comparingDouble(Move::gain).reversed());
            Set<CellRef> used = new HashSet<>();
            for (Move m : moves) {
                if (used.contains(m.taker().ref()) || used.contains(m.daughter().ref()) || used.contains(m.mother().ref())) {
                    continue;
                }
                removed.add(new Link(m.mother().ref(), m.daughter().ref()));
                added.add(new Link(m.taker().ref(), m.daughter().ref()));
                used.add(m.taker().ref());
                used.add(m.daughter().ref());
                used.add(m.mother().ref());
            }
        }
        if (added.isEmpty()) {
            return lineage;
        }
        List<Link> links = new ArrayList<>(lineage.links());
        links.removeAll(removed);
        links.addAll(added);
        return new Lineage(cells, links);
    }
}
