package org.mitosis.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.eval.Evaluation;
import org.mitosis.core.eval.EvaluationReport;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.gnn.GnnConfig;
import org.mitosis.core.gnn.GnnLinker;
import org.mitosis.core.gnn.GnnModel;
import org.mitosis.core.graph.NodeFeatures;
import org.mitosis.core.io.CtcReader;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.synth.SimulationSettings;
import org.mitosis.core.synth.TimeLapseSimulator;
import org.mitosis.core.testing.F0009;
import org.mitosis.core.testing.SharedData;

/** Tiny training runs on SYNTHETIC sequences (the simulator), and model persistence. */
class GnnTrainerTest {

    private static Lineage simulated(int frames, long seed) {
        return new TimeLapseSimulator(new SimulationSettings(frames, 30, 300, 300, 8, 3, 15, 3, 0.3, seed)).simulate();
    }

    private static GnnTrainingSettings small(GnnConfig.Head head, int epochs, double lr) {
        GnnTrainingSettings d = GnnTrainingSettings.defaults(head);
        return new GnnTrainingSettings(d.graph(), head, 8, 1, 20, 2, 1, lr, epochs, epochs, 0.25, 0.5, 1.0, 3);
    }

    @Test
    void naiveTrainingLowersValidationLossAndLinksAFreshSequence(@TempDir Path dir) throws IOException {
        TrainedGnn trained = new GnnTrainer(small(GnnConfig.Head.NAIVE, 4, 1e-2)).train(simulated(40, 1), ProgressMonitor.NONE);
        List<EpochRecord> h = trained.history();
        assertEquals(4, h.size());
        assertTrue(h.get(3).validationLoss() < h.get(0).validationLoss(), "validation loss " + h);
        Lineage fresh = simulated(16, 2);
        GnnModel model = trained.model();
        assertFalse(model.graph().temporalContext(), "the naive head lost recall under noise with the context");
        Lineage predicted = new GnnLinker(model).link(fresh.cells().renumbered(), ProgressMonitor.NONE);
        EvaluationReport r = Evaluation.evaluate(fresh, predicted, EvaluationSettings.DEFAULTS);
        assertTrue(r.link().f1() > 0.9, "link F1 on a fresh synthetic sequence: " + r.link().f1());
        for (var c : predicted.cells().cells().toList()) {
            assertTrue(predicted.successors(c.ref()).size() <= 2);
        }

        Path file = dir.resolve("model.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            model.writeTo(z);
        }
        GnnModel back;
        try (ZipFile z = new ZipFile(file.toFile())) {
            back = GnnModel.readFrom(z);
        }
        assertEquals(model.graph(), back.graph());
        assertEquals(model.gate(), back.gate());
        assertEquals(model.scaler(), back.scaler());
        assertEquals(model.parameters().config(), back.parameters().config());
        assertEquals(model.divisionThreshold(), back.divisionThreshold());
        assertEquals(model.minDaughterFrames(), back.minDaughterFrames());
        assertEquals(model.gapClosing(), back.gapClosing());
        GnnModel pruning = model.withRounding(model.threshold(), model.divisionThreshold(), 3, !model.gapClosing());
        GnnModel pruningBack = GnnModel.fromBytes(pruning.settingsJson(), pruning.weightBytes());
        assertEquals(3, pruningBack.minDaughterFrames());
        assertEquals(!model.gapClosing(), pruningBack.gapClosing());
        String older = new String(model.settingsJson(), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"format\"\\s*:\\s*6", "\"format\" : 4");
        IOException refused = assertThrows(IOException.class,
                () -> GnnModel.fromBytes(older.getBytes(java.nio.charset.StandardCharsets.UTF_8), model.weightBytes()));
        assertTrue(refused.getMessage().contains("train the model again"), refused.getMessage());
        Lineage again = new GnnLinker(back).link(fresh.cells().renumbered(), ProgressMonitor.NONE);
        assertEquals(predicted.links(), again.links(), "the read model links exactly as the written one");

        Path modelFile = dir.resolve("project-model.zip");
        ModelFiles.write(new GnnTrackingModel(model, Instant.parse("2026-11-25T17:00:00Z"), TrainingCells.ANNOTATED), modelFile);
        TrackingModel read = ModelFiles.readTracking(modelFile);
        assertEquals(GnnTrackingModel.NAIVE, read.method());
        assertEquals(model.seed(), read.seed());
        assertEquals(predicted.links(), read.linker().link(fresh.cells().renumbered(), ProgressMonitor.NONE).links());
    }

    @Test
    void severalMoviesTrainOneNetworkWhoseGateCoversThemAll() {
        Lineage slow = simulated(12, 4);
        Lineage other = simulated(12, 6);
        TrainedGnn trained = new GnnTrainer(small(GnnConfig.Head.NAIVE, 2, 1e-2)).train(List.of(slow, other),
                ProgressMonitor.NONE);
        assertEquals(2, trained.history().size());
        double bothGate = trained.model().gate().radius();
        double[] single = {
            new GnnTrainer(small(GnnConfig.Head.NAIVE, 1, 1e-2)).train(slow, ProgressMonitor.NONE).model().gate().radius(),
            new GnnTrainer(small(GnnConfig.Head.NAIVE, 1, 1e-2)).train(other, ProgressMonitor.NONE).model().gate().radius()};
        assertTrue(bothGate >= Math.min(single[0], single[1]) && bothGate <= Math.max(single[0], single[1]),
                "the joint gate " + bothGate + " lies between the movies' own " + single[0] + " and " + single[1]);
        Lineage predicted = new GnnLinker(trained.model()).link(simulated(8, 5).cells(), ProgressMonitor.NONE);
        assertTrue(predicted.links().size() > 0);
        assertThrows(IllegalArgumentException.class,
                () -> new GnnTrainer(small(GnnConfig.Head.NAIVE, 1, 1e-2)).train(List.of(), ProgressMonitor.NONE));
    }

    @Test
    void dolTrainingRunsThroughTheQpAndRespectsTheConstraints() {
        TrainedGnn trained = new GnnTrainer(small(GnnConfig.Head.DOL, 2, 3e-3)).train(simulated(16, 4), ProgressMonitor.NONE);
        assertEquals(GnnConfig.Head.DOL, trained.model().parameters().config().head());
        assertTrue(trained.model().graph().temporalContext(), "GNN-DOL reads the neighbouring frames");
        assertEquals(NodeFeatures.geometricLength(trained.model().graph()), trained.model().parameters().config().nodeFeatures());
        for (EpochRecord r : trained.history()) {
            assertTrue(Double.isFinite(r.trainingLoss()) && Double.isFinite(r.validationLoss()), r.toString());
        }
        Lineage fresh = simulated(8, 5);
        Lineage predicted = new GnnLinker(trained.model()).link(fresh.cells(), ProgressMonitor.NONE);
        for (CellRef c : predicted.cells().cells().map(x -> x.ref()).toList()) {
            assertTrue(predicted.successors(c).size() <= 2);
        }
        assertTrue(predicted.links().size() > fresh.links().size() / 2, "links " + predicted.links().size());
    }

    @Test
    void settingsListEveryProblem() {
        GnnTrainingSettings d = GnnTrainingSettings.defaults(GnnConfig.Head.NAIVE);
        GnnTrainingSettings bad = new GnnTrainingSettings(d.graph(), null, 0, 0, 1, 0, 0, 0, 0, 0, 0.9, 1, 0, 1);
        assertEquals(12, bad.problems().size(), bad.problems().toString());
        assertThrows(IllegalArgumentException.class, bad::validate);
    }

    @Test
    void theDivisionThresholdFollowsTheOneStandardErrorRule() {
        // 54 validation divisions, best F1 0.871: one standard error is 0.046.
        assertEquals(0, GnnTrainer.oneStandardError(new double[] {0.851, 0.851, 0.871, 0.80}, 0.871, 54),
                "one division fewer is within the noise: the preferred threshold");
        assertEquals(2, GnnTrainer.oneStandardError(new double[] {0.80, 0.82, 0.871}, 0.871, 54),
                "0.05 below the best is not");
        assertEquals(1, GnnTrainer.oneStandardError(new double[] {0.99, 1.0}, 1.0, 54), "a perfect score has no spread");
        assertEquals(0, GnnTrainer.oneStandardError(new double[] {0.75, 0.9}, 0.9, 3), "three divisions tell little");
    }

    @Test
    void theValidationPartGrowsUntilItHoldsItsShareOfTheDivisions() {
        // 20 frames, 15 %: three frames by count (frames 17-19, mothers at 17 and 18).
        assertEquals(17, GnnTrainer.validationStart(divisionsAt(20, 2, 3, 4, 5, 18), 0.15), "one of five is enough");
        assertEquals(14, GnnTrainer.validationStart(divisionsAt(20, 2, 2, 2, 2, 2, 2, 2, 2, 14, 14), 0.15),
                "back to frame 14, whose two divisions are the share");
        assertEquals(10, GnnTrainer.validationStart(divisionsAt(20, 2, 2, 2), 0.15), "at most half the frames");
        assertEquals(18, GnnTrainer.validationStart(divisionsAt(20), 0.05), "at least two frames, also without divisions");
    }

    @Test
    void realMoviesHoldOutTheirDivisionsShare() {
        assertEquals(510, GnnTrainer.validationStart(F0009.truth().frames(0, 599), 0.15),
                "F0009's last 90 of 600 frames hold 54 of its 159 divisions: the share of frames");
        Lineage epidermis = CtcReader.read(SharedData.require("epidermis-area1/TRA/man_track.txt").getParent().getParent());
        assertEquals(10, GnnTrainer.validationStart(epidermis, 0.15),
                "the epidermis' last 2 frames hold 6 of 352 divisions, its last 5 hold 114");
        assertEquals(8, GnnTrainer.validationStart(epidermis.frames(0, 9), 0.15), "frames 8-9 hold 56 of 219");
    }

    /** One cell per frame in a track of its own, and a division (mother and two daughters) at each given frame. */
    private static Lineage divisionsAt(int frames, int... motherFrames) {
        List<Cell> cells = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            cells.add(new Cell(f, 1, 10, 10));
        }
        int id = 2;
        for (int f : motherFrames) {
            Cell mother = new Cell(f, id++, 50 + 20 * id, 50);
            cells.add(mother);
            for (int d = 0; d < 2; d++) {
                Cell daughter = new Cell(f + 1, id++, 50 + 20 * id, 60);
                cells.add(daughter);
                links.add(new Link(mother.ref(), daughter.ref()));
            }
        }
        return new Lineage(CellSequence.of(cells, 0, frames - 1), links);
    }
}
