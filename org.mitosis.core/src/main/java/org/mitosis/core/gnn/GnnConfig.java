package org.mitosis.core.gnn;

import java.util.ArrayList;
import java.util.List;

import org.mitosis.core.graph.DistanceGate;
import org.mitosis.core.link.LapSettings;

/**
 * Architecture of the GNN.
 *
 * @param nodeFeatures length of the (standardised) node feature vector, {@code >= 1}
 * @param hidden width of every hidden layer and embedding, {@code >= 1}
 * @param rounds message-passing rounds, {@code >= 1} (the paper uses one update of nodes and edges)
 * @param head what the embeddings are turned into
 * @param gamma γ of the QP's ½γ||x||² term (DOL head only), {@code > 0}
 * @param appearPrior the QP's appearance cost before learning, in units of the squared-distance
 *        prior's weight (a pair at the gate radius costs 1): with {@code splitPrior}, the trained LAP
 *        tracker's event costs, so that the DOL head's family holds that tracker (DOL head only), {@code >= 0}
 * @param splitPrior the QP's split cost before learning, in the same units (DOL head only), {@code >= 0}
 */
public record GnnConfig(int nodeFeatures, int hidden, int rounds, Head head, double gamma, double appearPrior,
        double splitPrior) {

    /** Without event-cost priors: appearance and split costs are learned from zero. */
    public GnnConfig(int nodeFeatures, int hidden, int rounds, Head head, double gamma) {
        this(nodeFeatures, hidden, rounds, head, gamma, 0, 0);
    }

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

    /**
     * This configuration with GNN-DOL's appearance and split cost priors taken from a LAP tracker
     * trained on the same frames: with the pair cost prior d²/g², appearance (B + D)/g² and split
     * (S + D)/g² for the LAP's birth B, death D and split S costs in px² and the gate radius g. The
     * QP has no death cost (a source may keep no successor for free), but over a frame pair the LAP's
     * total {@code Σ d² + S·splits + B·births + D·deaths} equals the QP's linear objective with these
     * costs, times g², up to a constant (every cell at t+1 is linked or born, so deaths = sources −
     * targets + births + splits): with its learned parts at zero the network's QP is, in its linear
     * limit, the trained LAP's frame-pair step, and learning moves each cost by at most the prior's
     * weight.
     */
    public GnnConfig withLapPriors(LapSettings lap, DistanceGate gate) {
        double g2 = gate.radius() * gate.radius();
        return new GnnConfig(nodeFeatures, hidden, rounds, head, gamma, (lap.birthCost() + lap.deathCost()) / g2,
                (lap.splitCost() + lap.deathCost()) / g2);
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
        if (!(appearPrior >= 0) || Double.isInfinite(appearPrior)) {
            out.add("appearPrior must be >= 0 and finite, is " + appearPrior);
        }
        if (!(splitPrior >= 0) || Double.isInfinite(splitPrior)) {
            out.add("splitPrior must be >= 0 and finite, is " + splitPrior);
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
