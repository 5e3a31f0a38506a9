package org.mitosis.core.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.stream.DoubleStream;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.eval.DivisionScores;
import org.mitosis.core.eval.EvaluationReport;
import org.mitosis.core.eval.Evaluator;
import org.mitosis.core.eval.LinkScores;
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
import org.mitosis.core.link.LapTraining;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.qp.AdmmQpSolver;

/**
 * Trains the GNN on one or more annotated lineages (movies). The last {@code validationFraction} of
 * each movie's frames (in time, at least two, and more until they hold that share of its divisions:
 * {@link #validationStart}) are held out; the rest give, every epoch, one
 * sub-problem per frame pair (several passes for short movies; {@link SubProblemSampler}, seeded).
 * GNN-DOL's appearance and split costs start from the LAP tracker fitted on the training frames
 * ({@link LapTraining}, {@link GnnConfig#withLapPriors}).
 * Loss: weighted binary cross-entropy with the positive weight
 * set from the class balance of the first epoch's sub-problems; optimiser Adam. After each epoch
 * the whole validation frames are linked; training stops after {@code patience} epochs without a
 * better validation division F1, pooled over the movies (ties: lower validation loss), and returns the best epoch's weights.
 * The rounding's link threshold (up to the settings' one), division threshold (z needed for a
 * source's second link), shortest daughter branch kept and gap closing on or off are chosen together
 * per epoch by validation division F1 (ties: link F1), then the division threshold moves to the
 * head's break-even where that scores within one standard error ({@link #oneStandardError}); all are
 * stored with the model.
 */
public final class GnnTrainer {

    /**
     * Link thresholds below the settings' one, also tried: a QP's relaxed z can stay small while
     * the network is young (γ shrinks it), and a single fixed threshold then drops every link.
     */
    private static final double[] LOWER_LINK_THRESHOLDS = {0.1, 0.2, 0.3};

    /**
     * Division thresholds tried on the validation frames after each epoch, most preferred first
     * ({@link #oneStandardError}): 1/2, a logit's break-even, for the naive head.
     */
    private static final double[] DIVISION_THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98};

    /**
     * GNN-DOL's division thresholds: its QP's break-even point for a second successor first. For a
     * mother with one daughter linked at z = 1 and dividing advantage Δ = α − c − β (the daughter's
     * appearance cost against her pair and the mother's split cost), the QP gives z = (Δ + γ)/(3γ),
     * because z, the split slack and the daughter's appearance slack each carry ½γ(·)²: z &gt; 1/3 is
     * Δ &gt; 0, the linear (LAP) decision, where z &gt; 1/2 demands Δ &gt; γ/2.
     */
    private static final double[] DOL_DIVISION_THRESHOLDS = {1.0 / 3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98};

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
        return train(List.of(truth), monitor);
    }

    /**
     * The first frame of a movie's validation part: its last frames, at least two (one frame pair to
     * score, however short the movie) and at least {@code fraction} of its frames, then as many more
     * as it takes to hold {@code fraction} of its divisions too (at most half the frames). Divisions
     * are what the validation chooses the epoch and the thresholds by, and they are not spread evenly
     * in time: the last 2 of epidermis-area1's 15 frames hold 6 of its 352 divisions, where the last 5
     * hold 114, and a model chosen on those 6 scored 0.66 on frames it had trained on against 0.74
     * for one trained on the first 10 frames alone. A movie whose tail is rich in divisions keeps
     * the share of frames (F0009: its last 90 of frames 0-599 hold 54 of 159).
     *
     * @param fraction share of the frames and of the divisions to hold out, in (0, 0.5]
     */
    static int validationStart(Lineage truth, double fraction) {
        CellSequence cells = truth.cells();
        int last = cells.lastFrame();
        int[] byFrame = new int[cells.frameCount()];
        int total = 0;
        for (CellRef mother : truth.divisions()) {
            byFrame[mother.frame() - cells.firstFrame()]++;
            total++;
        }
        int frames = Math.max(2, (int) Math.round(fraction * cells.frameCount()));
        int held = 0;
        for (int f = last - frames + 1; f < last; f++) {
            held += byFrame[f - cells.firstFrame()];
        }
        while (held < fraction * total && frames < cells.frameCount() / 2) {
            frames++;
            held += byFrame[last - frames + 1 - cells.firstFrame()];
        }
        return last - frames + 1;
    }

    /**
     * Trains one network on several annotated movies: each holds out its own last frames for
     * validation; the distance gate and the feature standardisation are fitted on all training parts,
     * the validation scores pooled over all movies.
     *
     * @param truths annotated movies, at least one; cell ids may be anything
     * @throws IllegalArgumentException when a movie has too few frames to hold some out
     */
    public TrainedGnn train(List<Lineage> truths, ProgressMonitor monitor) {
        if (truths.isEmpty()) {
            throw new IllegalArgumentException("no annotated sequence to train on");
        }
        List<Lineage> trainingParts = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Movie> movies = new ArrayList<>();
        for (Lineage truth : truths) {
            CellSequence cells = truth.cells();
            int first = cells.firstFrame();
            int valFirst = validationStart(truth, settings.validationFraction());
            if (valFirst - first < 2 || valFirst >= cells.lastFrame()) {
                throw new IllegalArgumentException("frames " + first + "-" + cells.lastFrame()
                        + " are too few to hold out a validation part");
            }
            trainingParts.add(truth.frames(first, valFirst - 1));
            FieldOfView fov = FieldOfView.of(cells);
            NodeFeatures nf = new NodeFeatures(settings.graph(), fov);
            List<FrameData> frames = new ArrayList<>();
            for (int f = first; f <= cells.lastFrame(); f++) {
                FrameData d = new FrameData(cells.cellsIn(f), nf.compute(cells, f));
                frames.add(d);
                if (f < valFirst) {
                    Collections.addAll(rows, d.rawFeatures());
                }
            }
            movies.add(new Movie(truth, fov, frames, valFirst - first));
        }
        DistanceGate gate = DistanceGate.fit(trainingParts, settings.graph().gateQuantile(), settings.graph().gateMargin());
        FeatureScaler scaler = FeatureScaler.fit(rows);
        for (Movie m : movies) {
            m.prepare(new GraphPairFactory(settings.graph(), gate, scaler, m.fov));
        }
        GnnConfig config = new GnnConfig(scaler.length(), settings.hidden(), settings.rounds(), settings.head(),
                settings.gamma());
        if (settings.head() == GnnConfig.Head.DOL) {
            config = config.withLapPriors(LapTraining.fit(trainingParts, monitor.sub(0, 0.05)), gate);
        }
        return new Run(movies, gate, scaler).loop(config, monitor.sub(0.05, 0.95));
    }

    /** One annotated movie: its frames' features, candidate pairs and validation part. */
    private final class Movie {
        final Lineage truth;
        final FieldOfView fov;
        final List<FrameData> frames;
        /** Index into {@link #frames} of the first validation frame. */
        final int valStart;
        final Lineage validation;
        final BiPredicate<Cell, Cell> isLink;
        final SubProblemSampler sampler;
        final Evaluator evaluator;
        final List<CandidatePairs> candidates = new ArrayList<>();
        GraphPairFactory factory;

        Movie(Lineage truth, FieldOfView fov, List<FrameData> frames, int valStart) {
            this.truth = truth;
            this.fov = fov;
            this.frames = frames;
            this.valStart = valStart;
            int valFirst = truth.cells().firstFrame() + valStart;
            this.validation = truth.frames(valFirst, truth.cells().lastFrame());
            this.isLink = (a, b) -> truth.predecessor(b.ref()).map(a.ref()::equals).orElse(false);
            this.sampler = new SubProblemSampler(truth, settings.subProblemCells());
            this.evaluator = new Evaluator(validation, validation.cells(), EvaluationSettings.DEFAULTS);
        }

        void prepare(GraphPairFactory pairFactory) {
            this.factory = pairFactory;
            for (int k = 0; k + 1 < frames.size(); k++) {
                candidates.add(factory.candidates(frames.get(k), frames.get(k + 1)));
            }
        }

        /** The graph pair of frames k and k+1 (indices into {@link #frames}), restricted to kept cells. */
        GraphPair pair(int k, int[] keepBefore, int[] keepAfter) {
            return factory.build(frames.get(k), frames.get(k + 1), candidates.get(k), keepBefore, keepAfter, isLink);
        }
    }

    /**
     * The one-standard-error rule (Breiman et al., "Classification and Regression Trees", 1984): the
     * first of the candidates, in order of preference, whose score is within one standard error of the
     * best, the standard error of an F1 of {@code best} over {@code divisions} truth divisions taken
     * as a proportion's, {@code sqrt(best·(1 − best)/divisions)}.
     *
     * @param f1 the candidates' division F1, most preferred first
     * @param best the best F1 reached (over these or more candidates)
     * @return the index of the chosen candidate; the best one's where none is within reach
     */
    static int oneStandardError(double[] f1, double best, int divisions) {
        double reach = best - Math.sqrt(best * (1 - best) / Math.max(1, divisions));
        int top = 0;
        for (int k = 0; k < f1.length; k++) {
            if (f1[k] >= reach) {
                return k;
            }
            top = f1[k] > f1[top] ? k : top;
        }
        return top;
    }

    /** The state of one training run. */
    private final class Run {
        private final List<Movie> movies;
        private final DistanceGate gate;
        private final FeatureScaler scaler;
        private final Random rnd = new Random(settings.seed());

        Run(List<Movie> movies, DistanceGate gate, FeatureScaler scaler) {
            this.movies = movies;
            this.gate = gate;
            this.scaler = scaler;
        }

        TrainedGnn loop(GnnConfig config, ProgressMonitor monitor) {
            GnnNetwork net = new GnnNetwork(GnnParameters.initial(config, settings.seed()));
            GnnAdam adam = new GnnAdam(net, settings.learningRate());
            TrainingStep step = settings.head() == GnnConfig.Head.NAIVE ? TrainingStep.naive(net, adam)
                    : TrainingStep.dol(net, adam, new AdmmQpSolver());
            List<GraphPair> valPairs = validationPairs();
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
                List<LinkValues> values = new ArrayList<>();
                GnnLinker linker = new GnnLinker(model);
                for (Movie m : movies) {
                    values.add(linker.predict(m.validation.cells(), ProgressMonitor.NONE));
                }
                // Every rounding parameter together, by pooled validation division F1 (ties: link F1): the
                // link threshold decides whether a track whose cell is missed next frame ends (and its gap can
                // close) or steals a neighbour's cell, which decides divisions on imperfect detections.
                double[] divisionThresholds = settings.head() == GnnConfig.Head.DOL ? DOL_DIVISION_THRESHOLDS : DIVISION_THRESHOLDS;
                double f1 = -1;
                double linkF1 = -1;
                GnnModel top = model;
                for (double threshold : linkThresholds()) {
                    for (double d : divisionThresholds) {
                        double dt = Math.max(d, threshold);
                        // One rounding per threshold pair; gap closing and pruning only post-process it.
                        List<Lineage> rounded = values.stream().map(v -> v.round(new LinkRounding(threshold, dt))).toList();
                        for (int minFrames : MIN_DAUGHTER_FRAMES) {
                            for (boolean gaps : new boolean[] {false, true}) {
                                GnnModel candidate = model.withRounding(threshold, dt, minFrames, gaps);
                                double[] score = pooledF1(candidate, rounded);
                                if (score[0] > f1 || (score[0] == f1 && score[1] > linkF1)) {
                                    f1 = score[0];
                                    linkF1 = score[1];
                                    top = candidate;
                                }
                            }
                        }
                    }
                }
                // The division threshold by the one-standard-error rule, the other rounding parameters as chosen:
                // on ~50 validation divisions one division is 0.02 of F1, well inside the noise, so the best
                // threshold is often a lucky one.
                GnnModel[] byDivision = new GnnModel[divisionThresholds.length];
                double[] divisionF1 = new double[divisionThresholds.length];
                int truthDivisions = 0;
                for (int k = 0; k < divisionThresholds.length; k++) {
                    double dt = Math.max(divisionThresholds[k], top.threshold());
                    byDivision[k] = top.withRounding(top.threshold(), dt, top.minDaughterFrames(), top.gapClosing());
                    LinkRounding rounding = new LinkRounding(top.threshold(), dt);
                    double[] score = pooledF1(byDivision[k], values.stream().map(v -> v.round(rounding)).toList());
                    divisionF1[k] = score[0];
                    truthDivisions = (int) score[2];
                }
                model = byDivision[oneStandardError(divisionF1, f1, truthDivisions)];
                EpochRecord rec = new EpochRecord(epoch, loss / Math.max(1, steps), valLoss, f1, (System.nanoTime() - t0) / 1e9);
                history.add(rec);
                // Selection by validation loss was tried and lost on held-out frames (F0009 test division F1
                // GNN-DOL 0.869 against 0.913, naive 0.820 against 0.943): the loss keeps falling while the
                // networks overfit the training frames' divisions.
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
         * Division F1, link F1 and the number of truth divisions over the validation frames of all
         * movies, divisions and links pooled.
         *
         * @param rounded each movie's validation links, rounded with the model's thresholds
         */
        private double[] pooledF1(GnnModel model, List<Lineage> rounded) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            long correct = 0;
            long scoredResult = 0;
            long found = 0;
            long scoredTruth = 0;
            for (int m = 0; m < movies.size(); m++) {
                EvaluationReport r = movies.get(m).evaluator.evaluate(model.assemble(rounded.get(m)));
                tp += r.division().tp();
                fp += r.division().fp();
                fn += r.division().fn();
                correct += r.link().correct();
                scoredResult += r.link().scoredResult();
                found += r.link().found();
                scoredTruth += r.link().scoredTruth();
            }
            return new double[] {DivisionScores.of(tp, fp, fn, 0).f1(),
                LinkScores.of(correct, scoredResult, found, scoredTruth).f1(), tp + fn};
        }

        /**
         * One sub-problem per training frame pair of every movie, in passes over them until there are
         * at least {@code epochSubProblems} (short movies are passed over several times, with other
         * random cells each time).
         */
        private List<GraphPair> subProblems() {
            int framePairs = movies.stream().mapToInt(m -> m.valStart - 1).sum();
            int passes = Math.max(1, (settings.epochSubProblems() + framePairs - 1) / framePairs);
            List<GraphPair> out = new ArrayList<>();
            for (int pass = 0; pass < passes; pass++) {
                for (Movie m : movies) {
                    for (int k = 0; k + 1 < m.valStart; k++) {
                        int[][] keep = m.sampler.sample(m.frames.get(k).cells(), m.frames.get(k + 1).cells(), rnd);
                        GraphPair gp = m.pair(k, keep[0], keep[1]);
                        if (gp.pairs().size() > 0) {
                            out.add(gp);
                        }
                    }
                }
            }
            Collections.shuffle(out, rnd);
            return out;
        }

        /** The whole validation frame pairs of every movie. */
        private List<GraphPair> validationPairs() {
            List<GraphPair> out = new ArrayList<>();
            for (Movie m : movies) {
                for (int k = m.valStart; k + 1 < m.frames.size(); k++) {
                    GraphPair gp = m.pair(k, m.frames.get(k).all(), m.frames.get(k + 1).all());
                    if (gp.pairs().size() > 0) {
                        out.add(gp);
                    }
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
