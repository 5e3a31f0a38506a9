package org.mitosis.core.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;

/**
 * Truth cells matched one-to-one to result cells frame by frame: pairs within the cell radius, as
 * many pairs as possible, then the least total distance. Immutable.
 *
 * <p>Candidate pairs come from a sweep over x-sorted result cells, so a frame costs about
 * O(n log n + pairs) before the assignment.
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
            List<Cell> r = new ArrayList<>(result.cellsIn(f));
            if (t.isEmpty() || r.isEmpty()) {
                continue;
            }
            r.sort(Comparator.comparingDouble(Cell::x));
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

    private static int[] matchFrame(List<Cell> truth, List<Cell> sortedResult, double radius) {
        double[] xs = sortedResult.stream().mapToDouble(Cell::x).toArray();
        OneToOneMatching m = new OneToOneMatching(truth.size(), sortedResult.size(), radius);
        for (int i = 0; i < truth.size(); i++) {
            Cell c = truth.get(i);
            for (int j = lowerBound(xs, c.x() - radius); j < xs.length && xs[j] <= c.x() + radius; j++) {
                double d = c.distanceTo(sortedResult.get(j));
                if (d <= radius) {
                    m.allow(i, j, d);
                }
            }
        }
        return m.solve();
    }

    private static int lowerBound(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
