package org.mitosis.core.gnn;

import java.util.ArrayList;
import java.util.List;

/**
 * Architecture of the GNN.
 *
 * @param nodeFeatures length of the (standardised) node feature vector, {@code >= 1}
 * @param hidden width of every hidden layer and embedding, {@code >= 1}
 * @param rounds message-passing rounds, {@code >= 1} (the paper uses one update of nodes and edges)
 * @param head what the embeddings are turned into
 * @param gamma γ of the QP's ½γ||x||² term (DOL head only), {@code > 0}
 */
public record GnnConfig(int nodeFeatures, int hidden, int rounds, Head head, double gamma) {

    /** The two heads of the paper: naive GNN (ablation) and GNN-DOL. */
    public enum Head {
        /** An MLP predicts each candidate pair's link probability directly; no constraint. */
        NAIVE,
        /** The embeddings give the costs of a convex QP whose solution is the correspondence. */
        DOL
    }

    /** 32 hidden units, 2 rounds, γ = 0.1. */
    public static GnnConfig defaults(int nodeFeatures, Head head) {
        return new GnnConfig(nodeFeatures, 32, 2, head, 0.1);
    }

    /** Every problem at once; empty when usable. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (nodeFeatures < 1) {
            out.add("nodeFeatures must be >= 1, is " + nodeFeatures);
        }
        if (hidden < 1) {
            out.add("hidden must be >= 1, is " + hidden);
        }
        if (rounds < 1) {
            out.add("rounds must be >= 1, is " + rounds);
        }
        if (head == null) {
            out.add("head is missing");
        }
        if (!(gamma > 0) || Double.isInfinite(gamma)) {
            out.add("gamma must be positive and finite, is " + gamma);
        }
        return out;
    }

    /**
     * @throws IllegalArgumentException listing every problem, if there is any
     */
    public GnnConfig validate() {
        List<String> p = problems();
        if (!p.isEmpty()) {
            throw new IllegalArgumentException("bad GNN configuration: " + String.join("; ", p));
        }
        return this;
    }
}
