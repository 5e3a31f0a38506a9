package org.mitosis.core.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.eval.DivisionScores;
import org.mitosis.core.eval.EvaluationReport;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.eval.Evaluator;
import org.mitosis.core.eval.LinkScores;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * Fits {@link LapSettings} by grid search: every candidate links the training cells, is scored
 * against the training truth ({@link Evaluator}, default settings, counts pooled over all
 * sequences), and the best division F1 wins, then the best link F1, then the earlier candidate.
 *
 * <p>The grid comes from the truth's own statistics, not from tuned constants. With r the 99th
 * percentile of parent-to-daughter distances (of all link lengths' 99.9th percentile where the
 * truth has no division) and m the median parent-to-daughter distance: max distance in
 * {r, 1.5 r}; birth = death cost in {1, 2, 4} x r^2; split cost in {0, 0.5, 2} x m^2; gap closing
 * off, or on at the max distance; min daughter frames 1 (keep all divisions) or 3. That is 72
 * candidates; each costs one linking and one scoring pass (a few hundred ms for 600 frames of ~150
 * cells on one core).
 */
public final class LapTraining {

    private LapTraining() {
    }

    /** Fits on the truth's own cells (clean detections). */
    public static LapSettings fit(List<Lineage> truths, ProgressMonitor monitor) {
        return fit(truths, truths.stream().map(Lineage::cells).toList(), monitor);
    }

    /**
     * Fits on detections scored against the truth, sequence by sequence.
     *
     * @param truths annotated lineages; together they must hold at least one link
     * @param detections the cells to link, one sequence per truth (may differ from the truth's)
     * @throws IllegalArgumentException if the lists differ in length or the truth has no link
     */
    public static LapSettings fit(List<Lineage> truths, List<CellSequence> detections, ProgressMonitor monitor) {
        Objects.requireNonNull(monitor, "monitor");
        if (truths.size() != detections.size() || truths.isEmpty()) {
            throw new IllegalArgumentException("need one detection sequence per truth, got "
                    + detections.size() + " for " + truths.size());
        }
        List<LapSettings> grid = grid(truths);
        List<Evaluator> evaluators = new ArrayList<>();
        for (int k = 0; k < truths.size(); k++) {
            evaluators.add(new Evaluator(truths.get(k), detections.get(k), EvaluationSettings.DEFAULTS));
        }
        LapSettings best = null;
        double[] bestScore = {-1, -1};
        for (int g = 0; g < grid.size(); g++) {
            monitor.checkCanceled();
            monitor.setProgress((double) g / grid.size(), "training LAP linker: candidate " + (g + 1) + " of " + grid.size());
            double[] score = score(new LapLinker(grid.get(g)), detections, evaluators);
            if (score[0] > bestScore[0] || score[0] == bestScore[0] && score[1] > bestScore[1]) {
                best = grid.get(g);
                bestScore = score;
            }
        }
        monitor.setProgress(1, "training LAP linker: done");
        return best;
    }

    /** Division F1 and link F1 with counts pooled over the sequences. */
    private static double[] score(LapLinker linker, List<CellSequence> detections, List<Evaluator> evaluators) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long[] links = new long[4];
        for (int k = 0; k < detections.size(); k++) {
            EvaluationReport r = evaluators.get(k).evaluate(linker.link(detections.get(k), ProgressMonitor.NONE));
            DivisionScores d = r.division();
            tp += d.tp();
            fp += d.fp();
            fn += d.fn();
            LinkScores l = r.link();
            links[0] += l.correct();
            links[1] += l.scoredResult();
            links[2] += l.found();
            links[3] += l.scoredTruth();
        }
        double divisionF1 = DivisionScores.of((int) tp, (int) fp, (int) fn, 0).f1();
        return new double[] {divisionF1, LinkScores.of(links[0], links[1], links[2], links[3]).f1()};
    }

    /** The candidate settings, derived from the truth's link lengths (class comment). */
    static List<LapSettings> grid(List<Lineage> truths) {
        List<Double> all = new ArrayList<>();
        List<Double> daughters = new ArrayList<>();
        for (Lineage t : truths) {
            for (Link l : t.links()) {
                double d = t.cells().get(l.source()).distanceTo(t.cells().get(l.target()));
                all.add(d);
                if (t.successors(l.source()).size() >= 2) {
                    daughters.add(d);
                }
            }
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("the training truth has no link to learn distances from");
        }
        double r = daughters.isEmpty() ? quantile(all, 0.999) : quantile(daughters, 0.99);
        double m = daughters.isEmpty() ? r / 2 : quantile(daughters, 0.5);
        r = Math.max(r, 1);
        List<LapSettings> grid = new ArrayList<>();
        for (int minDaughterFrames : new int[] {1, 3}) {
            for (boolean gaps : new boolean[] {false, true}) {
                for (double distance : new double[] {r, 1.5 * r}) {
                    for (double birth : new double[] {r * r, 2 * r * r, 4 * r * r}) {
                        for (double split : new double[] {0, 0.5 * m * m, 2 * m * m}) {
                            grid.add(new LapSettings(distance, split, birth, birth, gaps, distance, minDaughterFrames));
                        }
                    }
                }
            }
        }
        return grid;
    }

    private static double quantile(List<Double> values, double q) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v[(int) Math.min(v.length - 1, Math.floor(q * v.length))];
    }
}
