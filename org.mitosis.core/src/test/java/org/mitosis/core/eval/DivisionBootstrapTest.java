package org.mitosis.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DivisionBootstrapTest {

    private static final DivisionBootstrap BOOTSTRAP = new DivisionBootstrap(DivisionBootstrap.RESAMPLES, 3);

    /** A report over {@code frames} truth frames with the given per-frame outcomes. */
    private static EvaluationReport report(int frames, List<FrameDivisions> byFrame) {
        int tp = byFrame.stream().mapToInt(FrameDivisions::tp).sum();
        int fp = byFrame.stream().mapToInt(FrameDivisions::fp).sum();
        int fn = byFrame.stream().mapToInt(FrameDivisions::fn).sum();
        return new EvaluationReport(DivisionScores.of(tp, fp, fn, tp), byFrame, List.of(), LinkScores.of(0, 0, 0, 0),
                DetectionScores.of(0, 0, 0), () -> new CycleScores(0, 0, 0, 1, 1, 1, Double.NaN), frames, 0, List.of(),
                EvaluationSettings.DEFAULTS);
    }

    /** One division in each of 100 frames of 150; every fifth missed, every tenth frame a false one. */
    private static List<FrameDivisions> outcomes(int missEvery, int falseEvery) {
        List<FrameDivisions> out = new ArrayList<>();
        for (int f = 0; f < 100; f++) {
            boolean missed = f % missEvery == 0;
            out.add(new FrameDivisions(f, missed ? 0 : 1, f % falseEvery == 0 ? 1 : 0, missed ? 1 : 0));
        }
        return out;
    }

    @Test
    void theIntervalHoldsTheEstimateAndNarrowsWithMoreFrames() {
        EvaluationReport r = report(150, outcomes(5, 10));
        DivisionBootstrap.Interval ci = BOOTSTRAP.f1(r);
        assertEquals(r.division().f1(), ci.estimate(), 1e-12);
        assertTrue(ci.low() < ci.estimate() && ci.estimate() < ci.high(), ci.toString());
        // F1 = 160/190 ≈ 0.84 over 100 divisions: a binomial-like spread of a few hundredths either way
        assertTrue(ci.high() - ci.low() > 0.04 && ci.high() - ci.low() < 0.2, ci.toString());
        assertEquals(ci, BOOTSTRAP.f1(r), "seeded");
    }

    @Test
    void aResultAgainstItselfDiffersByExactlyZero() {
        EvaluationReport r = report(150, outcomes(5, 10));
        assertEquals(new DivisionBootstrap.Interval(0, 0, 0), BOOTSTRAP.f1Difference(r, r));
    }

    @Test
    void pairingJudgesADifferenceAgainstItsOwnSpread() {
        // b misses one more division than a in every tenth frame: a is better in every resample that
        // draws such a frame, so the paired interval stays above zero although each F1's own interval
        // overlaps the other's
        EvaluationReport a = report(150, outcomes(5, 10));
        List<FrameDivisions> worse = new ArrayList<>();
        for (FrameDivisions d : outcomes(5, 10)) {
            boolean extra = d.frame() % 10 == 1;
            worse.add(extra ? new FrameDivisions(d.frame(), 0, d.fp(), d.fn() + 1) : d);
        }
        EvaluationReport b = report(150, worse);
        DivisionBootstrap.Interval diff = BOOTSTRAP.f1Difference(a, b);
        assertEquals(a.division().f1() - b.division().f1(), diff.estimate(), 1e-12);
        assertTrue(diff.low() > 0, diff.toString());
        assertTrue(BOOTSTRAP.f1(b).high() > BOOTSTRAP.f1(a).low(), "the unpaired intervals overlap");
    }

    @Test
    void tooFewFramesGiveNoInterval() {
        EvaluationReport few = report(DivisionBootstrap.MIN_FRAMES - 1, outcomes(5, 10).subList(0, 5));
        DivisionBootstrap.Interval ci = BOOTSTRAP.f1(few);
        assertTrue(!ci.known() && Double.isNaN(ci.high()), ci.toString());
        assertEquals(few.division().f1(), ci.estimate(), "the estimate stands without an interval");
        assertTrue(BOOTSTRAP.f1(report(DivisionBootstrap.MIN_FRAMES, outcomes(5, 10).subList(0, 5))).known());
    }

    @Test
    void reportsOverOtherTruthsCannotBePaired() {
        assertThrows(IllegalArgumentException.class,
                () -> BOOTSTRAP.f1Difference(report(150, List.of()), report(149, List.of())));
        assertThrows(IllegalArgumentException.class, () -> new DivisionBootstrap(10, 1));
    }
}
