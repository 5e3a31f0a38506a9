package org.mitosis.core.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.NeighbourPairs;

/**
 * Truth cells matched one-to-one to result cells frame by frame: pairs within the cell radius, as
 * many pairs as possible, then the least total distance. Immutable.
 *
 * <p>Candidate pairs come from {@link NeighbourPairs} (a sweep over x-sorted cells), so a frame
 * costs about O(n log n + pairs) before the assignment.
 */
final class CellMatching {

    private final Map<CellRef, CellRef> resultOfTruth;
    private final Map<CellRef, CellRef> truthOfResult;

    private CellMatching(Map<CellRef, CellRef> resultOfTruth, Map<CellRef, CellRef> truthOfResult) {
        this.resultOfTruth = resultOfTruth;
        this.truthOfResult = truthOfResult;
    }

    /** Number of matched pairs. */
    int matchedCount() {
        return resultOfTruth.size();
    }

    static CellMatching of(CellSequence truth, CellSequence result, double radius) {
        Map<CellRef, CellRef> rt = new HashMap<>();
        Map<CellRef, CellRef> tr = new HashMap<>();
        int first = Math.min(truth.firstFrame(), result.firstFrame());
        int last = Math.max(truth.lastFrame(), result.lastFrame());
        for (int f = first; f <= last; f++) {
            List<Cell> t = truth.cellsIn(f);
            List<Cell> r = result.cellsIn(f);
            if (t.isEmpty() || r.isEmpty()) {
                continue;
            }
            int[] match = matchFrame(t, r, radius);
            for (int i = 0; i < t.size(); i++) {
                if (match[i] >= 0) {
                    rt.put(t.get(i).ref(), r.get(match[i]).ref());
                    tr.put(r.get(match[i]).ref(), t.get(i).ref());
                }
            }
        }
        return new CellMatching(rt, tr);
    }

    private static int[] matchFrame(List<Cell> truth, List<Cell> result, double radius) {
        OneToOneMatching m = new OneToOneMatching(truth.size(), result.size(), radius);
        for (NeighbourPairs.Pair p : NeighbourPairs.within(truth, result, radius)) {
            m.allow(p.from(), p.to(), p.distance());
        }
        return m.solve();
    }

    Optional<CellRef> resultOf(CellRef truthCell) {
        return Optional.ofNullable(resultOfTruth.get(truthCell));
    }

    Optional<CellRef> truthOf(CellRef resultCell) {
        return Optional.ofNullable(truthOfResult.get(resultCell));
    }

    int size() {
        return resultOfTruth.size();
    }
}
