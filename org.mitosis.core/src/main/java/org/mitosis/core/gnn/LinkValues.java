package org.mitosis.core.gnn;

import java.util.ArrayList;
import java.util.List;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.graph.CandidatePairs;

/**
 * The relaxed link values of every frame pair of a sequence as log-odds, before rounding; kept so
 * that rounding thresholds can be tuned without running the network again.
 *
 * <p>Immutable.
 */
public final class LinkValues {

    /** One frame pair's candidates and their log-odds. */
    record FramePair(List<Cell> before, List<Cell> after, CandidatePairs pairs, double[] logOdds) {
    }

    private final CellSequence cells;
    private final List<FramePair> framePairs;

    LinkValues(CellSequence cells, List<FramePair> framePairs) {
        this.cells = cells;
        this.framePairs = List.copyOf(framePairs);
    }

    /** The lineage that {@code rounding} makes of these values. O(P log P) over all pairs P. */
    public Lineage round(LinkRounding rounding) {
        List<Link> links = new ArrayList<>();
        for (FramePair fp : framePairs) {
            for (int p : rounding.round(fp.pairs(), fp.logOdds())) {
                links.add(new Link(fp.before().get(fp.pairs().source(p)).ref(), fp.after().get(fp.pairs().target(p)).ref()));
            }
        }
        return new Lineage(cells, links);
    }
}
