package org.mitosis.core.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.stream.DoubleStream;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.eval.Evaluator;
import org.mitosis.core.gnn.FrameData;
import org.mitosis.core.gnn.GnnAdam;
import org.mitosis.core.gnn.GnnConfig;
import org.mitosis.core.gnn.GnnLinker;
import org.mitosis.core.gnn.GnnModel;
import org.mitosis.core.gnn.GnnNetwork;
import org.mitosis.core.gnn.GnnParameters;
import org.mitosis.core.gnn.GraphPair;
import org.mitosis.core.gnn.GraphPairFactory;
import org.mitosis.core.gnn.LinkRounding;
import org.mitosis.core.gnn.LinkValues;
import org.mitosis.core.graph.CandidatePairs;
import org.mitosis.core.graph.DistanceGate;
import org.mitosis.core.graph.FeatureScaler;
import org.mitosis.core.graph.FieldOfView;
import org.mitosis.core.graph.NodeFeatures;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.qp.AdmmQpSolver;

/**
 * Trains the GNN on an annotated lineage. The last {@code validationFraction} of the frames (in
 * time) are held out; the rest give, every epoch, one sub-problem per frame pair (several passes for a short
 * sequence; {@link SubProblemSampler}, seeded). Loss: weighted binary cross-entropy with the positive weight
 * set from the class balance of the first epoch's sub-problems; optimiser Adam. After each epoch
 * the whole validation frames are linked; training stops after {@code patience} epochs without a
 * better validation division F1 (ties: lower validation loss) and returns the best epoch's weights.
 * The rounding's link threshold (up to the settings' one) and division threshold (z needed for a
 * source's second link) are chosen per epoch among a few values, the first by validation link F1,
 * the second together with the shortest daughter branch kept and gap closing on or off by validation
 * division F1, and stored with the model.
 */
public final class GnnTrainer {

    /**
     * Link thresholds below the settings' one, also tried: a QP's relaxed z can stay small while
     * the network is young (γ shrinks it), and a single fixed threshold then drops every link.
     */
    private static final double[] LOWER_LINK_THRESHOLDS = {0.1, 0.2, 0.3};

    /** Division thresholds tried on the validation frames after each epoch. */
    private static final double[] DIVISION_THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98};

    /** Shortest daughter branches tried (as in the LAP's training): 1 keeps every division. */
    private static final int[] MIN_DAUGHTER_FRAMES = {1, 3};

    private final GnnTrainingSettings settings;

    /**
     * @throws IllegalArgumentException for unusable settings
     */
    public GnnTrainer(GnnTrainingSettings settings) {
        this.settings = settings.validate();
    }

    /**
     * @param truth annotated cells and links; cell ids may be anything
     * @throws IllegalArgumentException when there are too few frames to hold some out
     */
    public TrainedGnn train(Lineage truth, ProgressMonitor monitor) {
        CellSequence cells = truth.cells();
        int first = cells.firstFrame();
        // At least two validation frames: one frame pair to score, however short the movie.
        int validationFrames = Math.max(2, (int) Math.round(settings.validationFraction() * cells.frameCount()));
        int valFirst = cells.lastFrame() - validationFrames + 1;
        if (valFirst - first < 2 || valFirst >= cells.lastFrame()) {
            throw new IllegalArgumentException("frames " + first + "-" + cells.lastFrame() + " are too few to hold out a validation part");
        }
        Lineage training = truth.frames(first, valFirst - 1);
        Lineage validation = truth.frames(valFirst, cells.lastFrame());
        FieldOfView fov = FieldOfView.of(cells);
        NodeFeatures nf = new NodeFeatures(settings.graph(), fov);
        List<FrameData> frames = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int f = first; f <= cells.lastFrame(); f++) {
            FrameData d = new FrameData(cells.cellsIn(f), nf.compute(cells.cellsIn(f)));
            frames.add(d);
            if (f < valFirst) {
                Collections.addAll(rows, d.rawFeatures());
            }
        }
        DistanceGate gate = DistanceGate.fit(training, settings.graph().gateQuantile(), settings.graph().gateMargin());
        FeatureScaler scaler = FeatureScaler.fit(rows);
        GraphPairFactory factory = new GraphPairFactory(settings.graph(), gate, scaler, fov);
        Run run = new Run(truth, frames, factory, first, valFirst, validation, gate, scaler);
        return run.loop(monitor);
    }

    /** The state of one training run. */
    private final class Run {
        private final BiPredicate<Cell, Cell> isLink;
        private final List<FrameData> frames;
        private final GraphPairFactory factory;
        private final int first;
        private final int valFirst;
        private final Lineage validation;
        private final DistanceGate gate;
        private final FeatureScaler scaler;
        private final SubProblemSampler sampler;
        private final List<CandidatePairs> candidates = new ArrayList<>();
        private final Random rnd = new Random(settings.seed());

        Run(Lineage truth, List<FrameData> frames, GraphPairFactory factory, int first, int valFirst,
                Lineage validation, DistanceGate gate, FeatureScaler scaler) {
            this.isLink = (a, b) -> truth.predecessor(b.ref()).map(a.ref()::equals).orElse(false);
            this.frames = frames;
            this.factory = factory;
            this.first = first;
            this.valFirst = valFirst;
            this.validation = validation;
            this.gate = gate;
            this.scaler = scaler;
            this.sampler = new SubProblemSampler(truth, settings.subProblemCells());
            for (int k = 0; k + 1 < frames.size(); k++) {
                candidates.add(factory.candidates(frames.get(k), frames.get(k + 1)));
            }
        }

        TrainedGnn loop(ProgressMonitor monitor) {
            GnnConfig config = new GnnConfig(scaler.length(), settings.hidden(), settings.rounds(), settings.head(),
                    settings.gamma());
            GnnNetwork net = new GnnNetwork(GnnParameters.initial(config, settings.seed()));
            GnnAdam adam = new GnnAdam(net, settings.learningRate());
            TrainingStep step = settings.head() == GnnConfig.Head.NAIVE ? TrainingStep.naive(net, adam)
                    : TrainingStep.dol(net, adam, new AdmmQpSolver());
            List<GraphPair> valPairs = wholeFrames(valFirst - first, frames.size() - 1);
            List<EpochRecord> history = new ArrayList<>();
            GnnModel best = null;
            EpochRecord bestRecord = null;
            double omega = Double.NaN;
            for (int epoch = 1; epoch <= settings.maxEpochs(); epoch++) {
                long t0 = System.nanoTime();
                List<GraphPair> subs = subProblems();
                if (Double.isNaN(omega)) {
                    omega = positiveWeight(subs);
                }
                double loss = 0;
                int steps = 0;
                for (int b = 0; b < subs.size(); b += settings.batchSize()) {
                    monitor.checkCanceled();
                    List<GraphPair> batch = subs.subList(b, Math.min(subs.size(), b + settings.batchSize()));
                    loss += step.run(batch, omega, epoch);
                    steps++;
                }
                GnnModel model = new GnnModel(settings.graph(), gate, scaler, net.parameters(), settings.seed(),
                        settings.threshold(), settings.threshold(), 1, false);
                double valLoss = meanLoss(step, valPairs, omega);
                LinkValues values = new GnnLinker(model).predict(validation.cells(), ProgressMonitor.NONE);
                Evaluator evaluator = new Evaluator(validation, validation.cells(), EvaluationSettings.DEFAULTS);
                // The link threshold by link F1 (thousands of links: a stable choice), then the division
                // threshold by division F1 (a few dozen divisions).
                double threshold = settings.threshold();
                double linkF1 = -1;
                for (double t : linkThresholds()) {
                    double score = evaluator.evaluate(values.round(new LinkRounding(t, t))).link().f1();
                    if (score > linkF1) {
                        linkF1 = score;
                        threshold = t;
                    }
                }
                double f1 = -1;
                GnnModel chosen = model;
                for (double d : DIVISION_THRESHOLDS) {
                    for (int minFrames : MIN_DAUGHTER_FRAMES) {
                        for (boolean gaps : new boolean[] {false, true}) {
                            GnnModel candidate = model.withRounding(threshold, Math.max(d, threshold), minFrames, gaps);
                            double score = evaluator.evaluate(candidate.round(values)).division().f1();
                            if (score > f1) {
                                f1 = score;
                                chosen = candidate;
                            }
                        }
                    }
                }
                model = chosen;
                EpochRecord rec = new EpochRecord(epoch, loss / Math.max(1, steps), valLoss, f1, (System.nanoTime() - t0) / 1e9);
                history.add(rec);
                if (bestRecord == null || f1 > bestRecord.validationF1()
                        || (f1 == bestRecord.validationF1() && valLoss < bestRecord.validationLoss())) {
                    best = model;
                    bestRecord = rec;
                }
                monitor.setProgress((double) epoch / settings.maxEpochs(), String.format(
                        "epoch %d: loss %.4f, validation loss %.4f, validation division F1 %.3f", epoch, rec.trainingLoss(), valLoss, f1));
                if (epoch - bestRecord.epoch() >= settings.patience()) {
                    break;
                }
            }
            return new TrainedGnn(best, history, bestRecord.epoch());
        }

        /** The settings' link threshold and the lower ones of {@link #LOWER_LINK_THRESHOLDS}. */
        private double[] linkThresholds() {
            return DoubleStream.concat(Arrays.stream(LOWER_LINK_THRESHOLDS).filter(t -> t < settings.threshold()),
                    DoubleStream.of(settings.threshold())).toArray();
        }

        /**
         * One sub-problem per training frame pair, in passes over the frame pairs until there are at
         * least {@code epochSubProblems} (a short movie is passed over several times, with other
         * random cells each time).
         */
        private List<GraphPair> subProblems() {
            List<GraphPair> out = new ArrayList<>();
            int framePairs = valFirst - first - 1;
            int passes = Math.max(1, (settings.epochSubProblems() + framePairs - 1) / framePairs);
            for (int pass = 0; pass < passes; pass++) {
                for (int k = 0; k < framePairs; k++) {
                    FrameData a = frames.get(k);
                    FrameData b = frames.get(k + 1);
                    int[][] keep = sampler.sample(a.cells(), b.cells(), rnd);
                    GraphPair gp = factory.build(a, b, candidates.get(k), keep[0], keep[1], isLink);
                    if (gp.pairs().size() > 0) {
                        out.add(gp);
                    }
                }
            }
            Collections.shuffle(out, rnd);
            return out;
        }

        private List<GraphPair> wholeFrames(int from, int to) {
            List<GraphPair> out = new ArrayList<>();
            for (int k = from; k < to; k++) {
                FrameData a = frames.get(k);
                FrameData b = frames.get(k + 1);
                GraphPair gp = factory.build(a, b, candidates.get(k), a.all(), b.all(), isLink);
                if (gp.pairs().size() > 0) {
                    out.add(gp);
                }
            }
            return out;
        }
    }

    private static double positiveWeight(List<GraphPair> subs) {
        long pos = 0;
        long all = 0;
        for (GraphPair g : subs) {
            pos += g.positives();
            all += g.pairs().size();
        }
        return pos == 0 ? 1 : Math.max(1, (all - pos) / (double) pos);
    }

    private static double meanLoss(TrainingStep step, List<GraphPair> pairs, double omega) {
        double s = 0;
        for (GraphPair g : pairs) {
            s += step.loss(g, omega);
        }
        return pairs.isEmpty() ? 0 : s / pairs.size();
    }
}
