package org.mitosis.core.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;

/**
 * Scores a tracking result against the truth; the definitions are those of the package
 * documentation ({@code package-info}).
 *
 * <p>Time: about O(N log N) for N cells plus one sparse assignment per frame.
 */
public final class Evaluation {

    private Evaluation() {
    }

    /**
     * @param truth the annotation
     * @param result the lineage to score (its cells need not be the truth's)
     * @param settings radii and tolerance; validated here
     * @throws IllegalArgumentException for unusable settings
     */
    public static EvaluationReport evaluate(Lineage truth, Lineage result, EvaluationSettings settings) {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(result, "result");
        settings.validate();
        CellMatching cells = CellMatching.of(truth.cells(), result.cells(), settings.cellRadius());
        DivisionScores divisions = divisions(truth, result, cells, settings);
        LinkScores links = links(truth, result, cells, l -> true);
        List<FramePairScore> pairs = new ArrayList<>();
        for (int frame : framesWithTruthDivision(truth)) {
            Predicate<Link> inPair = l -> l.source().frame() == frame && l.span() == 1;
            pairs.add(new FramePairScore(frame, links(truth, result, cells, inPair)));
        }
        return new EvaluationReport(divisions, links, truth.cells().frameCount(), truth.cells().size(), pairs,
                settings);
    }

    private static DivisionScores divisions(Lineage truth, Lineage result, CellMatching cells, EvaluationSettings s) {
        List<CellRef> predicted = result.divisions();
        List<CellRef> actual = truth.divisions();
        Map<Integer, List<Integer>> actualByFrame = new HashMap<>();
        for (int j = 0; j < actual.size(); j++) {
            actualByFrame.computeIfAbsent(actual.get(j).frame(), k -> new ArrayList<>()).add(j);
        }
        double radius = s.divisionRadius();
        OneToOneMatching m = new OneToOneMatching(predicted.size(), actual.size(), radius * (s.frameTolerance() + 1));
        for (int i = 0; i < predicted.size(); i++) {
            Cell p = result.cells().get(predicted.get(i));
            for (int f = p.frame() - s.frameTolerance(); f <= p.frame() + s.frameTolerance(); f++) {
                for (int j : actualByFrame.getOrDefault(f, List.of())) {
                    double d = p.distanceTo(truth.cells().get(actual.get(j)));
                    if (d <= radius) {
                        // An exact-frame match is preferred to an off-by-one one at the same distance.
                        m.allow(i, j, d + radius * Math.abs(f - p.frame()));
                    }
                }
            }
        }
        int[] match = m.solve();
        int tp = 0;
        int strict = 0;
        for (int i = 0; i < match.length; i++) {
            if (match[i] >= 0) {
                tp++;
                if (daughtersMatch(result.successors(predicted.get(i)), truth.successors(actual.get(match[i])), cells)) {
                    strict++;
                }
            }
        }
        return DivisionScores.of(tp, predicted.size() - tp, actual.size() - tp, strict);
    }

    private static boolean daughtersMatch(List<CellRef> predicted, List<CellRef> actual, CellMatching cells) {
        int matched = 0;
        for (CellRef d : predicted) {
            Optional<CellRef> t = cells.truthOf(d);
            if (t.isPresent() && actual.contains(t.get())) {
                matched++;
            }
        }
        return matched >= 2;
    }

    private static LinkScores links(Lineage truth, Lineage result, CellMatching cells, Predicate<Link> include) {
        long correct = 0;
        long scoredResult = 0;
        for (Link l : result.links()) {
            Optional<CellRef> a = cells.truthOf(l.source());
            Optional<CellRef> b = cells.truthOf(l.target());
            if (include.test(l) && a.isPresent() && b.isPresent()) {
                scoredResult++;
                if (a.get().equals(ancestor(truth, b.get(), l.source().frame()))) {
                    correct++;
                }
            }
        }
        long found = 0;
        long scoredTruth = 0;
        for (Link l : truth.links()) {
            Optional<CellRef> a = cells.resultOf(l.source());
            Optional<CellRef> b = cells.resultOf(l.target());
            if (include.test(l) && a.isPresent() && b.isPresent()) {
                scoredTruth++;
                if (a.get().equals(ancestor(result, b.get(), l.source().frame()))) {
                    found++;
                }
            }
        }
        return LinkScores.of(correct, scoredResult, found, scoredTruth);
    }

    /** The cell in {@code frame} that {@code cell} descends from, or null. */
    private static CellRef ancestor(Lineage lineage, CellRef cell, int frame) {
        CellRef c = cell;
        while (c != null && c.frame() > frame) {
            c = lineage.predecessor(c).orElse(null);
        }
        return c != null && c.frame() == frame ? c : null;
    }

    private static TreeSet<Integer> framesWithTruthDivision(Lineage truth) {
        TreeSet<Integer> frames = new TreeSet<>();
        for (CellRef parent : truth.divisions()) {
            if (truth.successors(parent).stream().anyMatch(d -> d.frame() == parent.frame() + 1)) {
                frames.add(parent.frame());
            }
        }
        return frames;
    }
}
