package org.mitosis.core.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;

/**
 * Removes implausible divisions: where a division's daughter branch (the daughter and its single
 * successors, up to the next division or the branch's end) holds fewer than the minimum number of
 * cells, the link from the parent to that daughter is dropped, the shortest branch first, until
 * the parent keeps one successor or its remaining branches are long enough. A spurious detection
 * beside a cell makes such a one-frame "daughter"; a true daughter lives on.
 */
public final class ShortBranchPruner {

    private final int minFrames;

    /**
     * @param minFrames shortest daughter branch kept, in frames, {@code >= 1} (1 prunes nothing)
     * @throws IllegalArgumentException for a value below 1
     */
    public ShortBranchPruner(int minFrames) {
        if (minFrames < 1) {
            throw new IllegalArgumentException("min frames must be >= 1, got " + minFrames);
        }
        this.minFrames = minFrames;
    }

    /** The lineage without the links to too short daughter branches; the same object when nothing is dropped. */
    public Lineage prune(Lineage lineage) {
        Set<Link> dropped = new HashSet<>();
        for (CellRef parent : lineage.divisions()) {
            List<CellRef> daughters = new ArrayList<>(lineage.successors(parent));
            daughters.sort((a, b) -> Integer.compare(span(lineage, a), span(lineage, b)));
            int kept = daughters.size();
            for (CellRef d : daughters) {
                if (kept > 1 && span(lineage, d) < minFrames) {
                    dropped.add(new Link(parent, d));
                    kept--;
                }
            }
        }
        if (dropped.isEmpty()) {
            return lineage;
        }
        List<Link> links = new ArrayList<>(lineage.links());
        links.removeAll(dropped);
        return new Lineage(lineage.cells(), links);
    }

    /**
     * Cells of the daughter's branch (the daughter and its single successors, a closed gap counting
     * no cell), counted up to minFrames; a branch that runs into the sequence's last frame counts as
     * long enough (its future is unknown, and a division just before the end of a movie is as real
     * as any other). Cells, not frames: two spurious detections joined over a gap stay a short branch.
     */
    private int span(Lineage lineage, CellRef daughter) {
        CellRef c = daughter;
        int count = 1;
        while (count < minFrames && lineage.successors(c).size() == 1) {
            c = lineage.successors(c).get(0);
            count++;
        }
        return c.frame() == lineage.cells().lastFrame() ? minFrames : count;
    }
}
