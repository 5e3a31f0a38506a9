package org.mitosis.core.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mitosis.core.cells.Cell;

/**
 * Detection counts on annotated frames with one-to-one matching within a radius, pairs taken
 * greedily by increasing distance. Greedy matching may pair slightly fewer cells than optimal
 * assignment, so these scores are a lower bound; they only steer training (early stopping,
 * threshold choice).
 *
 * @param truePositives matched detections
 * @param falsePositives unmatched detections
 * @param falseNegatives unmatched annotated cells
 */
record ValidationScore(int truePositives, int falsePositives, int falseNegatives) {

    static ValidationScore match(List<double[]> detected, List<Cell> truth, double radius) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < detected.size(); i++) {
            for (int j = 0; j < truth.size(); j++) {
                double d = Math.hypot(detected.get(i)[0] - truth.get(j).x(), detected.get(i)[1] - truth.get(j).y());
                if (d <= radius) {
                    pairs.add(new double[] {d, i, j});
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(p -> p[0]));
        boolean[] usedD = new boolean[detected.size()];
        boolean[] usedT = new boolean[truth.size()];
        int tp = 0;
        for (double[] p : pairs) {
            int i = (int) p[1];
            int j = (int) p[2];
            if (!usedD[i] && !usedT[j]) {
                usedD[i] = true;
                usedT[j] = true;
                tp++;
            }
        }
        return new ValidationScore(tp, detected.size() - tp, truth.size() - tp);
    }

    ValidationScore plus(ValidationScore o) {
        return new ValidationScore(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives);
    }

    double precision() {
        int d = truePositives + falsePositives;
        return d == 0 ? 0 : (double) truePositives / d;
    }

    double recall() {
        int d = truePositives + falseNegatives;
        return d == 0 ? 0 : (double) truePositives / d;
    }

    double f1() {
        int d = 2 * truePositives + falsePositives + falseNegatives;
        return d == 0 ? 0 : 2.0 * truePositives / d;
    }
}
