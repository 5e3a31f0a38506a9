package org.mitosis.core.train;

import java.util.ArrayList;
import java.util.List;

import org.mitosis.core.gnn.GnnConfig;
import org.mitosis.core.graph.GraphSettings;

/**
 * Settings of GNN training.
 *
 * @param graph graph and candidate settings
 * @param head naive GNN or GNN-DOL
 * @param hidden hidden width, {@code >= 1}
 * @param rounds message-passing rounds, {@code >= 1}
 * @param subProblemCells cells per frame in a training sub-problem (the paper uses 30), {@code >= 2}
 * @param batchSize sub-problems per gradient step, {@code >= 1}
 * @param epochSubProblems fewest sub-problems an epoch draws, {@code >= 1}: an epoch is one pass over
 *        the training frame pairs, or more passes (other random cells each time) when the sequence is
 *        short, so that a 15-frame movie gets as many gradient steps per epoch as a long one
 * @param learningRate Adam step size (the paper uses 1e-4), {@code > 0}
 * @param maxEpochs upper bound on passes over the training frame pairs, {@code >= 1}
 * @param patience epochs without validation improvement before stopping, {@code >= 1}
 * @param validationFraction share of the frames, the last ones in time, held out, in (0, 0.5]
 * @param threshold highest rounding threshold on z, in (0, 1); training also tries 0.1, 0.2 and 0.3 below it
 * @param gamma γ of the QP (DOL head), {@code > 0}
 * @param seed seed of every random choice
 */
public record GnnTrainingSettings(GraphSettings graph, GnnConfig.Head head, int hidden, int rounds,
        int subProblemCells, int batchSize, int epochSubProblems, double learningRate, int maxEpochs, int patience,
        double validationFraction, double threshold, double gamma, long seed) {

    /**
     * 32 hidden, 2 rounds, 30 cells, batches of 8, at least 256 sub-problems an epoch, lr 1e-4 (the
     * paper's), at most 40 epochs, patience 6, 15 % validation, threshold 0.5, γ 1; the temporal
     * context in the node features for GNN-DOL only. GNN-DOL turns the context into cheaper
     * appearance for orphans of a missed cell (F0009 under detection noise, seeds 7 / 1 / 2: 0.866 /
     * 0.848 / 0.854 with it, 0.859 / 0.827 / 0.830 without), while the naive head, which has no
     * appearance to make cheaper, lost recall with it (0.831 / 0.800 / 0.829 against 0.849 / 0.855 /
     * 0.862).
     */
    public static GnnTrainingSettings defaults(GnnConfig.Head head) {
        return new GnnTrainingSettings(GraphSettings.defaults().withTemporalContext(head == GnnConfig.Head.DOL), head, 32, 2, 30, 8, 256, 1e-4, 40, 6, 0.15, 0.5, 1.0, 42);
    }

    /** Every problem at once; empty when usable. */
    public List<String> problems() {
        List<String> out = new ArrayList<>(graph == null ? List.of("graph settings missing") : graph.problems());
        if (head == null) {
            out.add("head missing");
        }
        check(out, hidden >= 1, "hidden must be >= 1, is " + hidden);
        check(out, rounds >= 1, "rounds must be >= 1, is " + rounds);
        check(out, subProblemCells >= 2, "subProblemCells must be >= 2, is " + subProblemCells);
        check(out, batchSize >= 1, "batchSize must be >= 1, is " + batchSize);
        check(out, epochSubProblems >= 1, "epochSubProblems must be >= 1, is " + epochSubProblems);
        check(out, learningRate > 0, "learningRate must be > 0, is " + learningRate);
        check(out, maxEpochs >= 1, "maxEpochs must be >= 1, is " + maxEpochs);
        check(out, patience >= 1, "patience must be >= 1, is " + patience);
        check(out, validationFraction > 0 && validationFraction <= 0.5,
                "validationFraction must lie in (0, 0.5], is " + validationFraction);
        check(out, threshold > 0 && threshold < 1, "threshold must lie in (0, 1), is " + threshold);
        check(out, gamma > 0 && gamma < Double.POSITIVE_INFINITY, "gamma must be positive and finite, is " + gamma);
        return out;
    }

    private static void check(List<String> out, boolean ok, String problem) {
        if (!ok) {
            out.add(problem);
        }
    }

    /**
     * @throws IllegalArgumentException listing every problem, if there is any
     */
    public GnnTrainingSettings validate() {
        List<String> p = problems();
        if (!p.isEmpty()) {
            throw new IllegalArgumentException("bad training settings: " + String.join("; ", p));
        }
        return this;
    }

    /** A copy with another number of epochs and patience. */
    public GnnTrainingSettings withEpochs(int epochs, int newPatience) {
        return new GnnTrainingSettings(graph, head, hidden, rounds, subProblemCells, batchSize, epochSubProblems, learningRate, epochs,
                newPatience, validationFraction, threshold, gamma, seed);
    }

    /** A copy with another seed. */
    public GnnTrainingSettings withSeed(long newSeed) {
        return new GnnTrainingSettings(graph, head, hidden, rounds, subProblemCells, batchSize, epochSubProblems, learningRate, maxEpochs,
                patience, validationFraction, threshold, gamma, newSeed);
    }

    /** A copy with another learning rate. */
    public GnnTrainingSettings withLearningRate(double lr) {
        return new GnnTrainingSettings(graph, head, hidden, rounds, subProblemCells, batchSize, epochSubProblems, lr, maxEpochs,
                patience, validationFraction, threshold, gamma, seed);
    }
}
