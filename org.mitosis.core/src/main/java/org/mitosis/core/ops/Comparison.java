package org.mitosis.core.ops;

import java.util.List;
import java.util.Locale;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.eval.DivisionBootstrap;
import org.mitosis.core.eval.EvaluationReport;

/**
 * The outcome of {@link CompareOperation}: one row per method, scored on the same test data.
 *
 * @param rows one row per method, in the order asked for
 * @param noise the detection noise applied to training and test cells, or {@code null} for none
 * @param crossValidation how the test frames were cut into cross-validation folds, or {@code null}
 *        for one training and one test set
 */
public record Comparison(List<Row> rows, String noise, String crossValidation) {

    public Comparison {
        rows = List.copyOf(rows);
    }

    /**
     * One method's scores and costs.
     *
     * @param method the method's name
     * @param result its lineage of the test cells
     * @param report its evaluation on the test data
     * @param trainSeconds wall-clock training time in seconds
     * @param msPerFramePair wall-clock linking time per frame pair of the test data, milliseconds
     */
    public record Row(String method, Lineage result, EvaluationReport report, double trainSeconds, double msPerFramePair) {
    }

    /**
     * A plain-text table for people: division counts and P/R/F1 with the F1's 95 % bootstrap interval
     * over the test frames, MBC, link F1, cell (detection) F1, times; then each later method's division
     * F1 against the first one's, with the paired interval of the difference ({@link DivisionBootstrap},
     * seeded, so the table is reproducible).
     */
    public String toTable() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-10s %6s %6s %6s %6s %6s %6s %-15s %6s %9s %8s %10s %9s%n", "method",
                "div TP", "div FP", "div FN", "div P", "div R", "div F1", "F1 95% CI", "MBC", "link F1", "cell F1",
                "ms/pair", "train s"));
        for (Row r : rows) {
            var d = r.report().division();
            DivisionBootstrap.Interval ci = r.report().divisionF1Interval();
            b.append(String.format(Locale.ROOT, "%-10s %6d %6d %6d %6.3f %6.3f %6.3f %-15s %6.3f %9.4f %8.4f %10.2f %9.1f%n",
                    r.method(), d.tp(), d.fp(), d.fn(), d.precision(), d.recall(), d.f1(),
                    ci.known() ? String.format(Locale.ROOT, "[%.3f,%.3f]", ci.low(), ci.high()) : "n/a", d.mbc(),
                    r.report().link().f1(), r.report().detection().f1(), r.msPerFramePair(), r.trainSeconds()));
        }
        for (Row r : rows.subList(Math.min(1, rows.size()), rows.size())) {
            Row first = rows.get(0);
            DivisionBootstrap.Interval diff = DivisionBootstrap.standard().f1Difference(r.report(), first.report());
            b.append(String.format(Locale.ROOT, "%s against %s: division F1 %+.3f, ", r.method(), first.method(),
                    diff.estimate()));
            b.append(diff.known()
                    ? String.format(Locale.ROOT, "95%% CI [%+.3f, %+.3f] (paired bootstrap over %d test frames)%n",
                            diff.low(), diff.high(), first.report().frames())
                    : String.format(Locale.ROOT, "no interval (%d test frames are too few to resample)%n",
                            first.report().frames()));
        }
        b.append(noise == null ? "clean cells" : "cells perturbed: " + noise).append(System.lineSeparator());
        if (crossValidation != null) {
            b.append(crossValidation).append(System.lineSeparator());
        }
        return b.toString();
    }
}
