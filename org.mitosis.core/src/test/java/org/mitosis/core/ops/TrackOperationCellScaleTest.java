package org.mitosis.core.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.eval.Evaluator;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.testing.SharedData;
import org.mitosis.core.train.ModelFiles;
import org.mitosis.core.train.TrackingModel;

/**
 * The shipped C2C12 GNN-DOL tracker on F0009's frames 600-779 with every position doubled, as a movie
 * at twice the magnification shows them: at cell scale 2 it links them exactly as the movie as it is;
 * at cell scale 1 its gate and costs, learned in the movie's own pixels, lose divisions.
 */
class TrackOperationCellScaleTest {

    @Test
    void aMovieAtTwiceTheMagnificationLinksAsTheMovieAtCellScaleTwo() throws IOException {
        Lineage truth = ReadCellsOperation.read(SharedData.require("c2c12-F0009"), 600, 779);
        TrackingModel model = ModelFiles.readTracking(Path.of(System.getProperty("mitosis.root", ".."))
                .resolve("models/c2c12-gnn-dol.zip"));
        Lineage asItIs = new TrackOperation(model).run(truth.cells(), ProgressMonitor.NONE);

        CellSequence doubled = truth.cells().scaled(2);
        Lineage atScale = new TrackOperation(model, 2, TrackSettings.DEFAULTS).run(doubled, ProgressMonitor.NONE);
        assertEquals(asItIs.links(), atScale.links());
        assertEquals(2 * asItIs.cells().cellsIn(700).get(3).x(), atScale.cells().cellsIn(700).get(3).x(), 1e-9,
                "the lineage holds the cells as given");

        Lineage doubledTruth = new Lineage(doubled, truth.links());
        EvaluationSettings twice = new EvaluationSettings(20, 30, 1);
        double f1AtScale = new Evaluator(doubledTruth, atScale.cells(), twice).evaluate(atScale).division().f1();
        Lineage asTrained = new TrackOperation(model).run(doubled, ProgressMonitor.NONE);
        double f1AsTrained = new Evaluator(doubledTruth, asTrained.cells(), twice).evaluate(asTrained).division().f1();
        assertTrue(f1AtScale >= 0.95 && f1AtScale > f1AsTrained + 0.05,
                "division F1 at cell scale 2: " + f1AtScale + ", at 1: " + f1AsTrained);

        assertThrows(IllegalArgumentException.class, () -> new TrackOperation(model, 0, TrackSettings.DEFAULTS));
        assertThrows(IllegalArgumentException.class, () -> truth.cells().scaled(Double.NaN));
    }
}
