package org.mitosis.core.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.eval.EvaluationReport;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.synth.DetectionNoise;
import org.mitosis.core.train.TrackingModel;

/**
 * Trains several methods on the same annotated sequences, links the same test cells with each and
 * scores them with the same yardstick, so that they can be compared in one table. Optionally the
 * training and test cells are perturbed (jitter, missed and spurious cells, each sequence with a
 * seed of its own) to measure robustness to detection errors: every method then trains as for a
 * detector's cells ({@link TrainOperation#runOnPerturbed}) and links perturbed test cells; the truth
 * stays unperturbed.
 */
public final class CompareOperation {

    /**
     * @param methods methods to compare, each one of {@link TrainSettings#METHODS}
     * @param noise detection noise applied to the training and test cells, or {@code null} for clean cells
     * @param seed training seed of every method
     * @param evaluation the yardstick's radii and tolerance
     */
    public record Settings(List<String> methods, DetectionNoise.Settings noise, long seed, EvaluationSettings evaluation) {

        /** LAP, naive GNN and GNN-DOL on clean cells, seed 1, default yardstick. */
        public static Settings defaults() {
            return new Settings(TrainSettings.METHODS, null, 1, EvaluationSettings.DEFAULTS);
        }

        /**
         * @throws IllegalArgumentException listing every problem
         */
        public Settings validate() {
            List<String> problems = new ArrayList<>();
            if (methods == null || methods.isEmpty()) {
                problems.add("no method to compare");
            } else {
                methods.stream().filter(m -> !TrainSettings.METHODS.contains(m))
                        .forEach(m -> problems.add("unknown method '" + m + "'"));
            }
            if (noise != null) {
                try {
                    noise.validate();
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
            try {
                evaluation.validate();
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems));
            }
            return this;
        }
    }

    private final Settings settings;

    /**
     * @throws IllegalArgumentException listing every invalid setting
     */
    public CompareOperation(Settings settings) {
        this.settings = settings.validate();
    }

    /**
     * @param training annotated training sequences
     * @param test an annotated test sequence: its cells are linked, its links are the truth
     */
    public Comparison run(List<Lineage> training, Lineage test, ProgressMonitor monitor) {
        return run(training, test, perturb(test.cells()), monitor);
    }

    /**
     * Links given test cells (for example a detector's, or perturbed ones) with each method and
     * scores them against the test truth. Under the settings' noise every method trains as
     * {@link TrainOperation#runOnPerturbed} does, training sequence k perturbed with the noise's
     * seed + 1 + k (the test cells' draw is the seed itself).
     *
     * @param training annotated training sequences
     * @param test the test truth
     * @param testCells the cells to link, in the test truth's frames
     */
    public Comparison run(List<Lineage> training, Lineage test, CellSequence testCells, ProgressMonitor monitor) {
        DetectionNoise.Settings n = settings.noise();
        DetectionNoise.Settings trainingNoise = n == null ? null : n.withSeed(n.seed() + 1);
        return compare((op, part) -> op.run(training, trainingNoise, part), test, testCells, monitor);
    }

    /**
     * Trains every method on given cells of the training truths (for example a detector's, with its
     * shape features), then links given test cells and scores them against the test truth. The
     * settings' noise is not applied here: the cells are used as they are.
     *
     * @param training annotated training sequences
     * @param trainingCells the cells to learn to link, one sequence per training truth; the truth's
     *        links are carried onto them through the evaluation's cell matching
     * @param test the test truth
     * @param testCells the cells to link, in the test truth's frames
     */
    public Comparison run(List<Lineage> training, List<CellSequence> trainingCells, Lineage test,
            CellSequence testCells, ProgressMonitor monitor) {
        return compare((op, part) -> op.run(training, trainingCells, part), test, testCells, monitor);
    }

    /** Per method: a model from {@code training}, its links of the test cells and their scores. */
    private Comparison compare(BiFunction<TrainOperation, ProgressMonitor, TrackingModel> training, Lineage test,
            CellSequence testCells, ProgressMonitor monitor) {
        int framePairs = Math.max(0, testCells.frameCount() - 1);
        List<Comparison.Row> rows = new ArrayList<>();
        int n = settings.methods().size();
        for (int m = 0; m < n; m++) {
            String method = settings.methods().get(m);
            ProgressMonitor part = monitor.sub(m / (double) n, 1.0 / n);
            long t0 = System.nanoTime();
            TrackingModel model = training.apply(new TrainOperation(new TrainSettings(method, settings.seed())),
                    part.sub(0, 0.8));
            long t1 = System.nanoTime();
            Lineage result = new TrackOperation(model).run(testCells, part.sub(0.8, 0.2));
            long t2 = System.nanoTime();
            EvaluationReport report = new EvaluateOperation(settings.evaluation()).run(test, result);
            rows.add(new Comparison.Row(method, result, report, (t1 - t0) / 1e9,
                    framePairs == 0 ? 0 : (t2 - t1) / 1e6 / framePairs));
        }
        return new Comparison(rows, noiseDescription(), null);
    }

    /**
     * Blocked cross-validation over time on one annotated sequence: its frames are cut into
     * {@code folds} contiguous blocks of (nearly) equal length, and each block's cells are linked by
     * models trained on the rest of the sequence (the frames before and after the block, as two
     * sequences) and on {@code extraTraining}. All blocks' results are then scored at once against
     * the truth without the links that cross a block border, which no fold's model could make: every
     * division whose mother and daughters lie in one block counts, so a single annotated movie gives
     * a test set as large as itself. The settings' noise, if any, perturbs the cells as in
     * {@link #run(List, Lineage, ProgressMonitor)}. Per method, training time is the folds' sum and
     * linking time per frame pair their mean.
     *
     * @param annotated the annotated sequence, cut into the blocks
     * @param folds number of blocks, {@code >= 2}; each needs at least 5 frames
     * @param extraTraining further annotated sequences every fold trains on (may be empty)
     * @throws IllegalArgumentException when the sequence is too short for {@code folds} blocks
     */
    public Comparison crossValidate(Lineage annotated, int folds, List<Lineage> extraTraining, ProgressMonitor monitor) {
        List<int[]> blocks = blocks(annotated.cells().firstFrame(), annotated.cells().lastFrame(), folds);
        CellSequence testCells = perturb(annotated.cells());
        List<List<Comparison.Row>> byFold = new ArrayList<>();
        List<Link> scoredLinks = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            int[] b = blocks.get(k);
            List<Lineage> training = new ArrayList<>();
            if (b[0] > annotated.cells().firstFrame()) {
                training.add(annotated.frames(annotated.cells().firstFrame(), b[0] - 1));
            }
            if (b[1] < annotated.cells().lastFrame()) {
                training.add(annotated.frames(b[1] + 1, annotated.cells().lastFrame()));
            }
            training.addAll(extraTraining);
            Lineage block = annotated.frames(b[0], b[1]);
            scoredLinks.addAll(block.links());
            byFold.add(run(training, block, testCells.frames(b[0], b[1]), monitor.sub(k / (double) folds, 1.0 / folds))
                    .rows());
        }
        Lineage truth = new Lineage(annotated.cells(), scoredLinks);
        List<Comparison.Row> rows = new ArrayList<>();
        for (int m = 0; m < settings.methods().size(); m++) {
            List<Cell> cells = new ArrayList<>();
            List<Link> links = new ArrayList<>();
            double trainSeconds = 0;
            double ms = 0;
            for (List<Comparison.Row> fold : byFold) {
                Comparison.Row r = fold.get(m);
                r.result().cells().cells().forEach(cells::add);
                links.addAll(r.result().links());
                trainSeconds += r.trainSeconds();
                ms += r.msPerFramePair() / folds;
            }
            Lineage pooled = new Lineage(CellSequence.of(cells, annotated.cells().firstFrame(), annotated.cells().lastFrame()),
                    links);
            rows.add(new Comparison.Row(settings.methods().get(m), pooled,
                    new EvaluateOperation(settings.evaluation()).run(truth, pooled), trainSeconds, ms));
        }
        StringBuilder design = new StringBuilder(folds + "-fold cross-validation over time, blocks of frames");
        for (int[] b : blocks) {
            design.append(' ').append(b[0]).append('-').append(b[1]);
        }
        design.append("; links across block borders not scored");
        return new Comparison(rows, noiseDescription(), design.toString());
    }

    /** {@code folds} contiguous blocks of frames {@code first..last}, lengths differing by at most one. */
    static List<int[]> blocks(int first, int last, int folds) {
        int n = last - first + 1;
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + folds);
        }
        if (n / folds < 5) {
            throw new IllegalArgumentException("frames " + first + "-" + last + " are too few for " + folds
                    + " folds of at least 5 frames each");
        }
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            out.add(new int[] {first + (int) ((long) k * n / folds), first + (int) ((long) (k + 1) * n / folds) - 1});
        }
        return out;
    }

    /** The test cells under the settings' noise (its seed's draw); as they are without noise. */
    private CellSequence perturb(CellSequence cells) {
        DetectionNoise.Settings n = settings.noise();
        return n == null ? cells : new PerturbOperation(n).run(cells);
    }

    /** The settings' noise for the table, or {@code null} for clean cells. */
    private String noiseDescription() {
        DetectionNoise.Settings s = settings.noise();
        return s == null ? null : s.description();
    }
}
