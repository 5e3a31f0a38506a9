package org.mitosis.core.detect;

import java.util.ArrayList;
import java.util.List;
import org.mitosis.core.assign.Assignment;
import org.mitosis.core.assign.AssignmentProblem;
import org.mitosis.core.assign.SparseAssignmentSolver;
import org.mitosis.core.cells.Cell;

/**
 * Optimal one-to-one matching of detections to annotated cells within a radius, for the
 * benchmark: pairs within the radius cost their distance, leaving a detection or a cell unmatched
 * costs the radius, so every feasible extra match lowers the cost; solved exactly by the project's
 * sparse assignment solver.
 */
final class OptimalMatching {

    private OptimalMatching() {
    }

    /** {@link #count(List, List, double)} of the cells {@code detector} finds in {@code frame}. */
    static int[] count(CentroidDetector detector, AnnotatedFrame frame, int frameIndex, double radius) {
        List<double[]> found = new ArrayList<>();
        for (Cell c : detector.detect(frame.image(), frameIndex)) {
            found.add(new double[] {c.x(), c.y()});
        }
        return count(found, frame.cells(), radius);
    }

    /** {@code {true positives, false positives, false negatives}}. */
    static int[] count(List<double[]> detected, List<Cell> truth, double radius) {
        AssignmentProblem.Builder b = AssignmentProblem.builder(detected.size(), truth.size())
                .unmatchedRowCost(radius).unmatchedColumnCost(radius);
        for (int i = 0; i < detected.size(); i++) {
            for (int j = 0; j < truth.size(); j++) {
                double d = Math.hypot(detected.get(i)[0] - truth.get(j).x(), detected.get(i)[1] - truth.get(j).y());
                if (d <= radius) {
                    b.add(i, j, d);
                }
            }
        }
        Assignment a = new SparseAssignmentSolver(b.build()).solve();
        if (!a.isOptimal()) {
            throw new IllegalStateException("matching failed: " + a.status());
        }
        int tp = a.matchedCount();
        return new int[] {tp, detected.size() - tp, truth.size() - tp};
    }
}
