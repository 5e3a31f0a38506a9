package org.mitosis.core.train;

import java.util.ArrayList;
import java.util.List;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;

/**
 * Division detection accuracy used for validation during training: a predicted division (a cell
 * with two or more successors) matches a true one when their frames differ by at most one and the
 * parents lie within {@code radius} pixels; matching is greedy by distance, one-to-one.
 *
 * @param truePositives matched divisions
 * @param falsePositives predicted divisions without a match
 * @param falseNegatives true divisions without a match
 */
public record DivisionScore(int truePositives, int falsePositives, int falseNegatives) {

    /** Compares the divisions of {@code predicted} with those of {@code truth}. O(D² log D). */
    public static DivisionScore of(Lineage predicted, Lineage truth, double radius) {
        List<Cell> p = cells(predicted);
        List<Cell> t = cells(truth);
        List<double[]> candidates = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            for (int j = 0; j < t.size(); j++) {
                double d = p.get(i).distanceTo(t.get(j));
                if (Math.abs(p.get(i).frame() - t.get(j).frame()) <= 1 && d <= radius) {
                    candidates.add(new double[] {d, i, j});
                }
            }
        }
        candidates.sort((a, b) -> Double.compare(a[0], b[0]));
        boolean[] usedP = new boolean[p.size()];
        boolean[] usedT = new boolean[t.size()];
        int tp = 0;
        for (double[] c : candidates) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (!usedP[i] && !usedT[j]) {
                usedP[i] = true;
                usedT[j] = true;
                tp++;
            }
        }
        return new DivisionScore(tp, p.size() - tp, t.size() - tp);
    }

    private static List<Cell> cells(Lineage l) {
        List<Cell> out = new ArrayList<>();
        for (CellRef r : l.divisions()) {
            out.add(l.cells().get(r));
        }
        return out;
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives);
    }

    /** 2TP / (2TP + FP + FN); 1 when there is nothing to find and nothing found. */
    public double f1() {
        int d = 2 * truePositives + falsePositives + falseNegatives;
        return d == 0 ? 1 : 2.0 * truePositives / d;
    }
}
