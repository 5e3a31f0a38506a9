package org.mitosis.core.train;

import java.util.ArrayList;
import java.util.List;

import org.mitosis.core.gnn.GnnAdam;
import org.mitosis.core.gnn.GnnNetwork;
import org.mitosis.core.gnn.GraphPair;
import org.mitosis.core.gnn.LossAndGradients;
import org.mitosis.core.gnn.WeightedCrossEntropy;
import org.mitosis.core.qp.CorrespondenceProblem;
import org.mitosis.core.qp.QpGradient;
import org.mitosis.core.qp.QpSolution;
import org.mitosis.core.qp.QpSolver;
import org.mitosis.core.qp.QpStatus;

/** One optimisation step on a batch of labelled graph pairs, and the loss of one graph pair. */
interface TrainingStep {

    /** Updates the weights; returns the batch's loss before the update. */
    double run(List<GraphPair> batch, double positiveWeight, int epoch);

    /** The loss of one labelled graph pair with the current weights (no update). */
    double loss(GraphPair graph, double positiveWeight);

    /** Naive GNN: weighted cross-entropy on the MLP's logits, all inside SameDiff. */
    static TrainingStep naive(GnnNetwork net, GnnAdam adam) {
        return new TrainingStep() {
            @Override
            public double run(List<GraphPair> batch, double omega, int epoch) {
                LossAndGradients lg = net.gradients(batch, omega);
                adam.step(lg.gradients(), epoch);
                return lg.loss();
            }

            @Override
            public double loss(GraphPair graph, double omega) {
                return net.loss(List.of(graph), omega);
            }
        };
    }

    /**
     * GNN-DOL: forward the network to each graph pair's QP, solve it outside the graph, take the
     * weighted cross-entropy on z, back-propagate through the QP ({@link QpGradient}) and then
     * through the network via its surrogate loss. A pair whose QP fails contributes no gradient
     * (counted in the loss as the mean of the others).
     */
    static TrainingStep dol(GnnNetwork net, GnnAdam adam, QpSolver solver) {
        return new TrainingStep() {
            @Override
            public double loss(GraphPair graph, double omega) {
                CorrespondenceProblem problem = net.problems(List.of(graph)).get(0);
                QpSolution sol = solver.solve(problem);
                return sol.status() == QpStatus.FAILED ? Double.NaN
                        : new WeightedCrossEntropy(omega, 1e-4).loss(sol.z(), labels(graph));
            }

            @Override
            public double run(List<GraphPair> batch, double omega, int epoch) {
            WeightedCrossEntropy bce = new WeightedCrossEntropy(omega, 1e-4);
            List<CorrespondenceProblem> problems = net.problems(batch);
            List<GraphPair> used = new ArrayList<>();
            List<QpGradient.Result> grads = new ArrayList<>();
            double loss = 0;
            for (int g = 0; g < batch.size(); g++) {
                CorrespondenceProblem problem = problems.get(g);
                QpSolution sol = solver.solve(problem);
                if (sol.status() == QpStatus.FAILED) {
                    continue;
                }
                double[] y = labels(batch.get(g));
                loss += bce.loss(sol.z(), y);
                try {
                    grads.add(QpGradient.backward(problem, sol, bce.gradient(sol.z(), y)));
                    used.add(batch.get(g));
                } catch (IllegalStateException singular) {
                    // a singular reduced KKT system: this graph pair gives no gradient this step
                }
            }
            if (!used.isEmpty()) {
                adam.step(net.gradients(used, grads), epoch);
            }
            return used.isEmpty() ? Double.NaN : loss / used.size();
            }
        };
    }

    private static double[] labels(GraphPair gp) {
        double[] y = new double[gp.pairs().size()];
        for (int p = 0; p < y.length; p++) {
            y[p] = gp.label(p);
        }
        return y;
    }
}
