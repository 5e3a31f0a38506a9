package org.mitosis.core.train;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.eval.DivisionScores;
import org.mitosis.core.eval.Evaluation;
import org.mitosis.core.eval.EvaluationReport;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.gnn.GnnConfig;
import org.mitosis.core.gnn.GnnLinker;
import org.mitosis.core.gnn.GnnModel;
import org.mitosis.core.graph.CandidatePairs;
import org.mitosis.core.graph.DistanceGate;
import org.mitosis.core.io.CtcReader;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * Benchmark on real data (prints figures; not a unit test): trains the GNN on C2C12 F0009 frames
 * 0-599, links frames 600-779 and the whole sequence, and scores divisions.
 * Arguments: data folder, [epochs], [learning rate], [model zip to write], [head: naive or dol],
 * [cells per sub-problem, batch size].
 */
public final class GnnBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private GnnBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/data/c2c12-F0009");
        Lineage truth = CtcReader.read(folder);
        GnnConfig.Head head = args.length > 4 ? GnnConfig.Head.valueOf(args[4].toUpperCase(java.util.Locale.ROOT))
                : GnnConfig.Head.NAIVE;
        GnnTrainingSettings s = GnnTrainingSettings.defaults(head);
        if (args.length > 6) {
            s = new GnnTrainingSettings(s.graph(), s.head(), s.hidden(), s.rounds(), Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]), s.epochSubProblems(), s.learningRate(), s.maxEpochs(), s.patience(), s.validationFraction(),
                    s.threshold(), s.gamma(), s.seed());
        }
        if (args.length > 1) {
            s = s.withEpochs(Integer.parseInt(args[1]), s.patience());
        }
        if (args.length > 2) {
            s = s.withLearningRate(Double.parseDouble(args[2]));
        }
        Lineage train = truth.frames(0, 599);
        Lineage test = truth.frames(600, 779);
        gateCoverage(train, test, s);
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        TrainedGnn trained = new GnnTrainer(s).train(train, new ProgressMonitor() {
            @Override
            public void setProgress(double fraction, String message) {
                System.out.println("  " + message);
            }

            @Override
            public void checkCanceled() {
                // runs to the end
            }
        });
        System.out.printf("training: %.1f s wall, %.1f s main-thread CPU, best epoch %d of %d%n",
                (System.nanoTime() - t0) / 1e9, (CPU.getCurrentThreadCpuTime() - c0) / 1e9,
                trained.bestEpoch(), trained.history().size());
        GnnModel model = trained.model();
        if (args.length > 3) {
            try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(Path.of(args[3])))) {
                model.writeTo(z);
            }
            try (ZipFile z = new ZipFile(args[3])) {
                model = GnnModel.readFrom(z);
            }
        }
        score("test frames 600-779", model, test);
        score("whole F0009 (frames 0-779, training frames included)", model, truth);
    }

    private static void score(String what, GnnModel model, Lineage truth) {
        CellSequence input = truth.cells().renumbered();
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        Lineage predicted = new GnnLinker(model).link(input, ProgressMonitor.NONE);
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf("%s: main-thread CPU %.2f s (%.1f ms per frame pair)%n", what, cpu,
                1000 * cpu / Math.max(1, truth.cells().frameCount() - 1));
        EvaluationReport r = Evaluation.evaluate(truth, predicted, EvaluationSettings.DEFAULTS);
        DivisionScores d = r.division();
        System.out.printf("%s: %.2f s (%.1f ms per frame pair); divisions: TP %d FP %d FN %d, precision %.3f recall %.3f F1 %.3f; links %d (truth %d)%n",
                what, secs, 1000 * secs / Math.max(1, truth.cells().frameCount() - 1), d.tp(), d.fp(), d.fn(),
                d.precision(), d.recall(), d.f1(), predicted.links().size(), truth.links().size());
        System.out.println(r.toTable());
        explainFalseDivisions(new GnnLinker(model).link(truth.cells(), ProgressMonitor.NONE), truth);
    }

    /** For each predicted division that is not a true one: what the truth says of its two targets. */
    private static void explainFalseDivisions(Lineage predicted, Lineage truth) {
        java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
        for (CellRef p : predicted.divisions()) {
            if (truth.successors(p).size() >= 2) {
                continue;
            }
            StringBuilder kind = new StringBuilder();
            for (CellRef t : predicted.successors(p)) {
                var pred = truth.predecessor(t);
                kind.append(pred.isEmpty() ? "appears" : pred.get().equals(p) ? "ok"
                        : truth.successors(pred.get()).size() >= 2 ? "daughter-of-other" : "other").append(' ');
            }
            boolean near = false;
            for (int df = -1; df <= 1; df++) {
                for (CellRef d : truth.divisions()) {
                    if (d.frame() == p.frame() + df && truth.cells().get(d).distanceTo(truth.cells().get(p)) <= 15) {
                        near = true;
                    }
                }
            }
            kinds.merge(kind.toString().trim() + (near ? " (true division within 1 frame, 15 px)" : ""), 1, Integer::sum);
        }
        System.out.println("predicted divisions that are not true ones, by what their targets are in truth: " + kinds);
    }

    private static void gateCoverage(Lineage train, Lineage test, GnnTrainingSettings s) {
        DistanceGate gate = DistanceGate.fit(train, s.graph().gateQuantile(), s.graph().gateMargin());
        long links = 0;
        long kept = 0;
        long divLinks = 0;
        long divKept = 0;
        for (int f = test.cells().firstFrame(); f < test.cells().lastFrame(); f++) {
            var a = test.cells().cellsIn(f);
            var b = test.cells().cellsIn(f + 1);
            CandidatePairs cp = CandidatePairs.between(a, b, gate, s.graph().maxSourcesPerTarget());
            for (int j = 0; j < b.size(); j++) {
                var pred = test.predecessor(b.get(j).ref());
                if (pred.isEmpty() || pred.get().frame() != f) {
                    continue;
                }
                int i = a.indexOf(test.cells().get(pred.get()));
                boolean division = test.successors(pred.get()).size() >= 2;
                boolean in = cp.indexOf(i, j) >= 0;
                links++;
                kept += in ? 1 : 0;
                divLinks += division ? 1 : 0;
                divKept += division && in ? 1 : 0;
            }
        }
        System.out.printf("gate %.1f px, K %d: test links kept %d/%d, division links kept %d/%d%n", gate.radius(),
                s.graph().maxSourcesPerTarget(), kept, links, divKept, divLinks);
    }
}
