package org.mitosis.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;

class EvaluationTest {

    private static final EvaluationSettings S = EvaluationSettings.DEFAULTS;

    /**
     * Cell 1 sits at (10,10) in frames 0-2 and divides into 2 at (5,10) and 3 at (15,10) in frame
     * 3, which live on to frame 4; {@code shift} moves everything down. Cell 9 sits at (100,100) in frames 0-4.
     */
    private static Lineage truth(int divisionFrame, double shift) {
        List<Cell> cells = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int f = 0; f <= 4; f++) {
            cells.add(new Cell(f, 9, 100, 100 + shift));
            if (f > 0) {
                links.add(Link.of(f - 1, 9, f, 9));
            }
            if (f <= divisionFrame) {
                cells.add(new Cell(f, 1, 10, 10 + shift));
                if (f > 0) {
                    links.add(Link.of(f - 1, 1, f, 1));
                }
            } else {
                cells.add(new Cell(f, 2, 5, 10 + shift));
                cells.add(new Cell(f, 3, 15, 10 + shift));
                int from = f == divisionFrame + 1 ? 1 : 2;
                links.add(Link.of(f - 1, from, f, 2));
                links.add(Link.of(f - 1, f == divisionFrame + 1 ? 1 : 3, f, 3));
            }
        }
        return new Lineage(CellSequence.of(cells), links);
    }

    @Test
    void truthAgainstItselfScoresOne() {
        Lineage t = truth(2, 0);
        EvaluationReport r = Evaluation.evaluate(t, t, S);
        assertEquals(DivisionScores.of(1, 0, 0, 1), r.division());
        assertEquals(1.0, r.division().f1());
        assertEquals(1.0, r.division().strictF1());
        assertEquals(1.0, r.link().f1());
        assertEquals(t.links().size(), r.link().scoredResult());
        assertEquals(5, r.frames());
        assertEquals(12, r.cells());
        assertEquals(1, r.correspondence().size());
        assertEquals(2, r.correspondence().get(0).frame());
        assertEquals(1.0, r.correspondence().get(0).f1());
    }

    @Test
    void detectionCountsMatchedMissedAndExtraCells() {
        Lineage t = truth(2, 0);
        List<Cell> detected = new ArrayList<>(t.cells().cells().filter(c -> c.id() != 9).toList());
        detected.add(new Cell(0, 50, 300, 300));
        detected.add(new Cell(1, 50, 10, 19.5));
        EvaluationReport r = Evaluation.evaluate(t, Lineage.unlinked(CellSequence.of(detected)), S);
        assertEquals(DetectionScores.of(7, 9, 12), r.detection());
        assertEquals(2, r.detection().fp(), "one far away, one near a cell that is already matched");
        assertEquals(5, r.detection().fn(), "cell 9 in all five frames");
        assertEquals(2 * 7.0 / (9 + 12), r.detection().f1(), 1e-12);
    }

    @Test
    void aMissedDaughterLinkCostsTheDivisionAndLinkRecall() {
        Lineage t = truth(2, 0);
        List<Link> links = new ArrayList<>(t.links());
        links.remove(Link.of(2, 1, 3, 3));
        EvaluationReport r = Evaluation.evaluate(t, new Lineage(t.cells(), links), S);
        assertEquals(0, r.division().tp());
        assertEquals(0, r.division().fp());
        assertEquals(1, r.division().fn());
        assertEquals(1.0, r.division().precision(), "nothing predicted: precision 0/0 = 1");
        assertEquals(0.0, r.division().recall());
        assertEquals(0.0, r.division().f1());
        assertEquals(0.0, r.division().mbc());
        assertEquals(1.0, r.link().precision());
        assertEquals(9.0 / 10.0, r.link().recall(), 1e-12);
        LinkScores pair = r.correspondence().get(0).links();
        assertEquals(1.0, pair.precision());
        assertEquals(2.0 / 3.0, pair.recall(), 1e-12);
    }

    @Test
    void aDivisionOneFrameOffMatchesWithinTheToleranceOnly() {
        Lineage t = truth(2, 0);
        Lineage early = truth(1, 0);
        EvaluationReport loose = Evaluation.evaluate(t, early, S);
        assertEquals(1, loose.division().tp());
        assertEquals(0, loose.division().strictTp(), "daughters lie in another frame");
        assertEquals(0.0, loose.division().strictF1());
        EvaluationReport exact = Evaluation.evaluate(t, early, new EvaluationSettings(10, 15, 0));
        assertEquals(0, exact.division().tp());
        assertEquals(1, exact.division().fp());
        assertEquals(1, exact.division().fn());
        assertEquals(1.0, loose.link().precision(), "links between matched cells agree");
        assertTrue(loose.link().recall() < 1.0, "the truth's second daughter link is missed");
        assertEquals(0, Evaluation.evaluate(t, truth(0, 0), S).division().tp(), "two frames off");
        assertEquals(List.of(new FrameDivisions(2, 1, 0, 0)), loose.divisionsByFrame(), "a match counts at the truth's frame");
        assertEquals(List.of(new FrameDivisions(1, 0, 1, 0), new FrameDivisions(2, 0, 0, 1)), exact.divisionsByFrame(),
                "a false division at its own frame, a missed one at the truth's");
    }

    @Test
    void everyDivisionHasItsOutcomeNamingTheCellsOnBothSides() {
        Lineage t = truth(2, 0);
        Lineage early = truth(1, 0);
        assertEquals(List.of(new DivisionOutcome(DivisionOutcome.Kind.FOUND, new CellRef(1, 1), new CellRef(2, 1))),
                Evaluation.evaluate(t, early, S).divisionOutcomes());
        assertEquals(List.of(new DivisionOutcome(DivisionOutcome.Kind.FALSE, new CellRef(1, 1), null),
                new DivisionOutcome(DivisionOutcome.Kind.MISSED, null, new CellRef(2, 1))),
                Evaluation.evaluate(t, early, new EvaluationSettings(10, 15, 0)).divisionOutcomes());
        assertEquals("missed", DivisionOutcome.Kind.MISSED.word());
    }

    @Test
    void aShiftedCopyKeepsItsScoresUntilCellsNoLongerMatch() {
        Lineage t = truth(2, 0);
        EvaluationReport near = Evaluation.evaluate(t, truth(2, 8), S);
        assertEquals(1.0, near.division().strictF1());
        assertEquals(1.0, near.link().f1());
        EvaluationReport far = Evaluation.evaluate(t, truth(2, 12), S);
        assertEquals(1, far.division().tp(), "parents 12 px apart are within the 15 px division radius");
        assertEquals(0, far.division().strictTp(), "daughters 12 px apart are beyond the 10 px cell radius");
        assertEquals(0, far.link().scoredResult());
        EvaluationReport gone = Evaluation.evaluate(t, truth(2, 16), S);
        assertEquals(0.0, gone.division().f1());
    }

    @Test
    void aThreeChildDivisionIsOneDivisionAndStrictWithTwoDaughters() {
        List<Cell> cells = List.of(new Cell(0, 1, 50, 50), new Cell(1, 2, 45, 50), new Cell(1, 3, 55, 50),
                new Cell(1, 4, 50, 58));
        CellSequence seq = CellSequence.of(cells);
        Lineage three = new Lineage(seq, List.of(Link.of(0, 1, 1, 2), Link.of(0, 1, 1, 3), Link.of(0, 1, 1, 4)));
        Lineage two = new Lineage(seq, List.of(Link.of(0, 1, 1, 2), Link.of(0, 1, 1, 4)));
        EvaluationReport r = Evaluation.evaluate(three, two, S);
        assertEquals(DivisionScores.of(1, 0, 0, 1), r.division());
        assertEquals(1.0, r.link().precision());
        assertEquals(2.0 / 3.0, r.link().recall(), 1e-12);
    }

    @Test
    void matchingIsOneToOneAndOptimal() {
        Lineage t = truth(2, 0);
        List<Cell> cells = new ArrayList<>(t.cells().cells().toList());
        cells.add(new Cell(2, 7, 12, 14));
        cells.add(new Cell(3, 70, 12, 18));
        cells.add(new Cell(3, 71, 12, 19));
        List<Link> links = new ArrayList<>(t.links());
        links.add(Link.of(2, 7, 3, 70));
        links.add(Link.of(2, 7, 3, 71));
        EvaluationReport r = Evaluation.evaluate(t, new Lineage(CellSequence.of(cells), links), S);
        assertEquals(1, r.division().tp());
        assertEquals(1, r.division().fp());
        assertEquals(0, r.division().fn());
        assertEquals(0.5, r.division().precision());
        assertEquals(0.5, r.division().mbc());
        assertEquals(1, r.division().strictTp());
    }

    @Test
    void cellMatchingPrefersMorePairsThenShorterDistances() {
        CellSequence truth = CellSequence.of(List.of(new Cell(0, 1, 0, 0), new Cell(0, 2, 9, 0)));
        CellSequence result = CellSequence.of(List.of(new Cell(0, 1, 1, 0), new Cell(0, 2, -8, 0)));
        CellMatching m = CellMatching.of(truth, result, 10);
        assertEquals(2, m.size(), "greedy nearest would pair (0,0)-(1,0) and leave two cells unmatched");
        assertEquals(new Cell(0, 2, 0, 0).ref(), m.resultOf(new Cell(0, 1, 0, 0).ref()).orElseThrow());
    }

    @Test
    void emptyLineagesScoreOne() {
        Lineage empty = Lineage.unlinked(CellSequence.of(List.of()));
        EvaluationReport r = Evaluation.evaluate(empty, empty, S);
        assertEquals(1.0, r.division().f1());
        assertEquals(1.0, r.division().mbc());
        assertEquals(1.0, r.link().f1());
        assertEquals(0, r.cells());
        EvaluationReport none = Evaluation.evaluate(truth(2, 0), empty, S);
        assertEquals(0.0, none.division().f1());
        assertEquals(0, none.link().scoredTruth());
    }

    @Test
    void jsonHasTheAgreedLayout() throws Exception {
        Lineage t = truth(2, 0);
        JsonNode json = new ObjectMapper().readTree(Evaluation.evaluate(t, t, S).toJson());
        assertEquals(List.of("division", "link", "frames", "cells", "detection", "correspondence", "division_f1_interval",
                "cycles", "settings"), names(json));
        assertEquals(List.of("tp", "fp", "fn", "precision", "recall", "f1", "mean_length_error_frames"),
                names(json.get("cycles")));
        assertEquals(List.of("tp", "fp", "fn", "precision", "recall", "f1", "mbc", "strict_f1"),
                names(json.get("division")));
        assertEquals(List.of("precision", "recall", "f1"), names(json.get("link")));
        assertEquals(1, json.get("division").get("tp").asInt());
        assertEquals(5, json.get("frames").asInt());
        assertEquals(2, json.get("correspondence").get(0).get("frame").asInt());
        assertTrue(json.get("division_f1_interval").get("low").isNull(), "5 frames are too few to resample");
        String table = Evaluation.evaluate(t, t, S).toTable();
        assertTrue(table.contains("divisions") && table.contains("1.0000"), table);
    }

    @Test
    void settingsListEveryProblem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EvaluationSettings(-1, Double.NaN, -2).validate());
        assertTrue(e.getMessage().contains("cell radius"), e.getMessage());
        assertTrue(e.getMessage().contains("division radius"), e.getMessage());
        assertTrue(e.getMessage().contains("tolerance"), e.getMessage());
        assertEquals(EvaluationSettings.DEFAULTS, EvaluationSettings.DEFAULTS.validate());
        assertThrows(IllegalArgumentException.class,
                () -> Evaluation.evaluate(truth(2, 0), truth(2, 0), new EvaluationSettings(10, -1, 1)));
    }

    @Test
    void anEvaluatorScoresManyResultsOverTheSameCells() {
        Lineage t = truth(2, 0);
        Lineage unlinked = Lineage.unlinked(t.cells());
        Evaluator e = new Evaluator(t, t.cells(), S);
        assertEquals(1.0, e.evaluate(t).link().f1());
        assertEquals(0.0, e.evaluate(unlinked).division().f1());
        assertEquals(Evaluation.evaluate(t, unlinked, S).link(), e.evaluate(unlinked).link());
        assertEquals(1.0, e.evaluate(truth(2, 0)).link().f1(), "equal cells in another object");
        assertThrows(IllegalArgumentException.class, () -> e.evaluate(truth(2, 1)));
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            out.add(it.next());
        }
        return out;
    }
}
