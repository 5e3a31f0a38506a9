package org.mitosis.core.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.eval.DivisionOutcome;
import org.mitosis.core.eval.EvaluationReport;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.proofread.ReviewedLineage;
import org.mitosis.core.synth.DetectionNoise;
import org.mitosis.core.testing.SharedData;
import org.mitosis.core.train.ModelFiles;
import org.mitosis.core.train.TrackingModel;

/**
 * Real F0009 frames 600-779 with simulated detection errors, linked by the shipped GNN-DOL, then
 * proofread by a reader who knows the annotation: every false division struck out, every found one
 * kept.
 */
class ProofreadOperationTest {

    @TempDir
    Path dir;

    @Test
    void strikingOutTheFalseDivisionsKeepsEveryFoundOneAndMendsCycles() throws IOException {
        Lineage truth = ReadCellsOperation.read(SharedData.require("c2c12-F0009"), 600, 779);
        TrackingModel model = ModelFiles.readTracking(Path.of(System.getProperty("mitosis.root", ".."))
                .resolve("models/c2c12-gnn-dol.zip"));
        CellSequence detected = new PerturbOperation(new DetectionNoise.Settings(2, 0.05, 0.02, 8)).run(truth.cells());
        Lineage result = new TrackOperation(model).run(detected, ProgressMonitor.NONE);
        EvaluateOperation evaluate = new EvaluateOperation();
        EvaluationReport before = evaluate.run(truth, result);

        // The sheet as the gallery page saves it, a row per division of the result.
        StringBuilder sheet = new StringBuilder("frame,cell,x,y,daughters,real\n");
        for (DivisionOutcome o : before.divisionOutcomes()) {
            if (o.kind() == DivisionOutcome.Kind.MISSED) {
                continue;
            }
            Cell m = result.cells().get(o.result());
            sheet.append(String.format(Locale.ROOT, "%d,%d,%.1f,%.1f,%s,%b%n", m.frame(), m.id(), m.x(), m.y(),
                    String.join(" ", result.successors(o.result()).stream().map(d -> d.frame() + ":" + d.id()).toList()),
                    o.kind() == DivisionOutcome.Kind.FOUND));
        }
        Path file = dir.resolve("divisions-checked.csv");
        Files.writeString(file, sheet);
        ReviewedLineage reviewed = new ProofreadOperation().run(result, ProofreadOperation.readVerdicts(file, result));
        EvaluationReport after = evaluate.run(truth, reviewed.lineage());

        assertTrue(before.division().fp() >= 5, "false divisions to strike out: " + before.division());
        assertEquals(before.division().fp(), reviewed.rejected().size());
        assertEquals(before.division().tp(), reviewed.confirmed().size());
        assertEquals(List.of(), reviewed.unreviewed());
        assertEquals(0, after.division().fp());
        assertEquals(before.division().tp(), after.division().tp(), "every found division kept");
        assertEquals(result.cells().size(), reviewed.lineage().cells().size(), "no cell dropped");
        assertEquals(result.links().size() - reviewed.detached().size(), reviewed.lineage().links().size());
        System.out.printf("proofread F0009 600-779, noise seed 8, shipped GNN-DOL: divisions %s -> %s; links %s -> %s; "
                + "cycles %s -> %s%n", before.division(), after.division(), before.link(), after.link(),
                before.cycles().toLine(), after.cycles().toLine());
        // The mother continues as her nearest daughter: on this draw right in 5 of the 8, the three others
        // were neighbours 1.4-1.9 px nearer than the true continuation (a detector's jitter is 2 px); and in
        // one the two daughters are one cell detected twice. So half the links cut were wrong ones, and
        // link precision cannot fall.
        assertTrue(after.link().precision() >= before.link().precision(), after.link() + " against " + before.link());
        assertTrue(before.link().correct() - after.link().correct() <= reviewed.rejected().size() / 2,
                after.link() + " against " + before.link());
        // A mother that continues again no longer ends her cycle at the false division.
        assertTrue(after.cycles().fp() < before.cycles().fp(), after.cycles() + " against " + before.cycles());
        CellRef anyDetached = reviewed.detached().get(0);
        assertTrue(reviewed.lineage().predecessor(anyDetached).isEmpty());
    }
}
