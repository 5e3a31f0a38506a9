package org.mitosis.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.GrayImage;
import org.mitosis.core.monitor.CanceledException;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.synth.PhaseContrastRenderer;
import org.mitosis.core.synth.RenderSettings;
import org.mitosis.core.synth.SimulationSettings;
import org.mitosis.core.synth.TimeLapseSimulator;
import org.mitosis.core.testing.Cancel;

/** The training loop's bookkeeping on two tiny synthetic frames (a few steps; not accuracy). */
class DetectorTrainingTest {

    private static final DetectorSettings DETECTOR = new DetectorSettings(new UNetShape(2, 4, 1), 1, 128, 24, 0.4, 4, 20);
    private static final TrainingSettings TRAINING = TrainingSettings.defaults().withBudget(32, 2, 2, 3);

    private static List<AnnotatedFrame> synthetic() {
        SimulationSettings sim = new SimulationSettings(2, 12, 64, 64, 6, 1, 30, 3, 0, 4);
        Lineage lineage = new TimeLapseSimulator(sim).simulate();
        PhaseContrastRenderer renderer = new PhaseContrastRenderer(lineage, RenderSettings.defaults(sim));
        List<AnnotatedFrame> frames = new ArrayList<>();
        for (int f = 0; f < 2; f++) {
            List<Cell> cells = lineage.cells().cellsIn(f);
            frames.add(new AnnotatedFrame(renderer.render(f), cells));
        }
        return frames;
    }

    @Test
    void keepsTheBestEpochAndChoosesAThreshold() {
        List<AnnotatedFrame> frames = synthetic();
        List<String> messages = new ArrayList<>();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void setProgress(double fraction, String message) {
                messages.add(message);
            }

            @Override
            public void checkCanceled() {
                // never canceled
            }
        };
        TrainingResult r = new DetectorTraining(DETECTOR, TRAINING).train(frames.subList(0, 1), frames.subList(1, 2), monitor);
        assertEquals(3, r.epochs().size());
        assertEquals(TrainingResult.Stop.EPOCH_LIMIT, r.stop());
        double bestF1 = r.epochs().stream().mapToDouble(EpochRecord::validationF1).max().orElseThrow();
        assertEquals(bestF1, r.epochs().get(r.bestEpoch() - 1).validationF1(), 1e-12);
        r.epochs().forEach(e -> assertTrue(Double.isFinite(e.trainingLoss()) && e.trainingLoss() > 0, e.toString()));
        double t = r.detector().settings().threshold();
        assertTrue(t >= 0.1 - 1e-9 && t <= 0.8 + 1e-9, "threshold " + t);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("epoch 3: loss")), messages.toString());
    }

    @Test
    void cancelingStopsTraining() {
        List<AnnotatedFrame> frames = synthetic();
        DetectorTraining training = new DetectorTraining(DETECTOR, TRAINING);
        assertThrows(CanceledException.class, () -> training.train(frames, frames, Cancel.after(0)));
    }

    @Test
    void settingsProblemsAreListedTogether() {
        TrainingSettings bad = new TrainingSettings(30, 0, 0, 0, 0, 0, -1, 0, 0, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DetectorTraining(DetectorSettings.defaults(), bad));
        assertEquals(9, e.getMessage().split(";").length, e.getMessage());
    }

    @Test
    void greedyValidationScoreMatchesOneToOne() {
        List<Cell> truth = List.of(new Cell(0, 1, 10, 10), new Cell(0, 2, 30, 10));
        List<double[]> found = List.of(new double[] {12, 10}, new double[] {11, 11}, new double[] {80, 80});
        ValidationScore s = ValidationScore.match(found, truth, 10);
        assertEquals(new ValidationScore(1, 2, 1), s);
        assertEquals(1.0 / 3, s.precision(), 1e-12);
        assertEquals(0.5, s.recall(), 1e-12);
        assertEquals(0.4, s.f1(), 1e-12);
    }
}
