package org.mitosis.core.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cycles.CellCycles;
import org.mitosis.core.cycles.CycleSettings;
import org.mitosis.core.cells.Link;

/**
 * Scores many results over the same cells against one truth, matching the cells only once: the
 * fast path for training, where only the links change. The definitions are those of the package
 * documentation. Immutable and thread-safe.
 *
 * <p>Time: construction about O(N log N) for N cells plus one sparse assignment per frame;
 * {@link #evaluate(Lineage)} O(L) hash look-ups for L links plus one assignment over divisions.
 */
public final class Evaluator {

    private final Lineage truth;
    private final CellSequence resultCells;
    private final EvaluationSettings settings;
    private final CellMatching cells;
    private CellCycles truthCycles;

    /**
     * @param truth the annotation
     * @param resultCells the cells that every result scored here is over
     * @param settings radii and tolerance
     * @throws IllegalArgumentException for unusable settings
     */
    public Evaluator(Lineage truth, CellSequence resultCells, EvaluationSettings settings) {
        this.truth = Objects.requireNonNull(truth, "truth");
        this.resultCells = Objects.requireNonNull(resultCells, "resultCells");
        this.settings = Objects.requireNonNull(settings, "settings").validate();
        this.cells = CellMatching.of(truth.cells(), resultCells, settings.cellRadius());
    }

    /**
     * @param result a lineage over the cells given to the constructor
     * @throws IllegalArgumentException if the result is over other cells
     */
    public EvaluationReport evaluate(Lineage result) {
        if (!sameCells(result.cells())) {
            throw new IllegalArgumentException("the result is not over the cells this evaluator matched");
        }
        Divisions divisions = divisions(truth, result, cells, settings);
        LinkTally tally = links(truth, result, cells);
        LinkScores links = LinkTally.scores(tally.total);
        List<FramePairScore> pairs = new ArrayList<>();
        for (int frame : framesWithTruthDivision(truth)) {
            pairs.add(new FramePairScore(frame, LinkTally.scores(tally.perFrame[frame - tally.first])));
        }
        DetectionScores detection = DetectionScores.of(cells.matchedCount(), resultCells.size(), truth.cells().size());
        return new EvaluationReport(divisions.scores(), divisions.byFrame(), divisions.outcomes(), links, detection,
                () -> CycleScores.of(truthCycles(), CellCycles.of(result, CycleSettings.FRAMES_ONLY), divisions.outcomes()),
                truth.cells().frameCount(), truth.cells().size(), pairs, settings);
    }

    /** The truth's cycles, measured once, when a report first asks. */
    private synchronized CellCycles truthCycles() {
        if (truthCycles == null) {
            truthCycles = CellCycles.of(truth, CycleSettings.FRAMES_ONLY);
        }
        return truthCycles;
    }

    /** The same object, or the same cells (frame, id, position and features). */
    private boolean sameCells(CellSequence other) {
        return other == resultCells || other.size() == resultCells.size()
                && other.cells().allMatch(c -> resultCells.find(c.ref()).map(c::equals).orElse(false));
    }

    /** The division scores and the same outcomes by frame. */
    private record Divisions(DivisionScores scores, List<FrameDivisions> byFrame, List<DivisionOutcome> outcomes) {
    }

    private static Divisions divisions(Lineage truth, Lineage result, CellMatching cells, EvaluationSettings s) {
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
        // tp, fp, fn by frame: a match counts at the truth division's frame
        Map<Integer, int[]> byFrame = new TreeMap<>();
        boolean[] found = new boolean[actual.size()];
        List<DivisionOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < match.length; i++) {
            outcomes.add(match[i] >= 0 ? new DivisionOutcome(DivisionOutcome.Kind.FOUND, predicted.get(i), actual.get(match[i]))
                    : new DivisionOutcome(DivisionOutcome.Kind.FALSE, predicted.get(i), null));
            if (match[i] >= 0) {
                tp++;
                found[match[i]] = true;
                byFrame.computeIfAbsent(actual.get(match[i]).frame(), f -> new int[3])[0]++;
                if (daughtersMatch(result.successors(predicted.get(i)), truth.successors(actual.get(match[i])), cells)) {
                    strict++;
                }
            } else {
                byFrame.computeIfAbsent(predicted.get(i).frame(), f -> new int[3])[1]++;
            }
        }
        for (int j = 0; j < found.length; j++) {
            if (!found[j]) {
                byFrame.computeIfAbsent(actual.get(j).frame(), f -> new int[3])[2]++;
                outcomes.add(new DivisionOutcome(DivisionOutcome.Kind.MISSED, null, actual.get(j)));
            }
        }
        List<FrameDivisions> frames = new ArrayList<>();
        byFrame.forEach((f, c) -> frames.add(new FrameDivisions(f, c[0], c[1], c[2])));
        return new Divisions(DivisionScores.of(tp, predicted.size() - tp, actual.size() - tp, strict), frames, outcomes);
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

    /** Link counts in one pass: totals over all links, and per source frame over span-1 links. */
    private static final class LinkTally {
        final int first;
        final long[][] perFrame;
        final long[] total = new long[4];

        LinkTally(int first, int frames) {
            this.first = first;
            this.perFrame = new long[Math.max(0, frames)][4];
        }

        void add(Link l, int which) {
            total[which]++;
            int i = l.source().frame() - first;
            if (l.span() == 1 && i >= 0 && i < perFrame.length) {
                perFrame[i][which]++;
            }
        }

        static LinkScores scores(long[] c) {
            return LinkScores.of(c[0], c[1], c[2], c[3]);
        }
    }

    private static LinkTally links(Lineage truth, Lineage result, CellMatching cells) {
        LinkTally tally = new LinkTally(truth.cells().firstFrame(), truth.cells().frameCount());
        for (Link l : result.links()) {
            Optional<CellRef> a = cells.truthOf(l.source());
            Optional<CellRef> b = cells.truthOf(l.target());
            if (a.isPresent() && b.isPresent()) {
                tally.add(l, 1);
                if (a.get().equals(ancestor(truth, b.get(), l.source().frame()))) {
                    tally.add(l, 0);
                }
            }
        }
        for (Link l : truth.links()) {
            Optional<CellRef> a = cells.resultOf(l.source());
            Optional<CellRef> b = cells.resultOf(l.target());
            if (a.isPresent() && b.isPresent()) {
                tally.add(l, 3);
                if (a.get().equals(ancestor(result, b.get(), l.source().frame()))) {
                    tally.add(l, 2);
                }
            }
        }
        return tally;
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
