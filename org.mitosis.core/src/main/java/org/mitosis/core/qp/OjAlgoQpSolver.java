package org.mitosis.core.qp;

import java.util.Objects;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Reference solver: the correspondence QP handed to ojAlgo's {@link ExpressionsBasedModel} (its
 * convex QP solver). Used to check {@link AdmmQpSolver} in tests and benchmarks; slow beyond a
 * few thousand variables.
 *
 * <p>It reports the primal answer only: the multipliers are zero and {@link QpSolution#dualResidual()}
 * is NaN, so its solutions cannot feed {@link QpGradient}. ojAlgo's optimal/approximate/failed
 * states map to {@link QpStatus#OPTIMAL}, {@link QpStatus#MAX_ITERATIONS} and {@link QpStatus#FAILED}.
 */
public final class OjAlgoQpSolver implements QpSolver {

    @Override
    public QpSolution solve(CorrespondenceProblem problem) {
        Objects.requireNonNull(problem, "problem");
        QpStructure q = problem.structure();
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] variables = new Variable[q.size];
        for (int i = 0; i < q.size; i++) {
            variables[i] = model.addVariable("x" + i).lower(0).upper(1).weight(q.linear[i]);
        }
        Expression quadratic = model.addExpression("quadratic").weight(0.5);
        for (int i = 0; i < q.size; i++) {
            quadratic.add(variables[i], variables[i], q.gamma);
        }
        for (int k = 0; k < q.termU.length; k++) {
            Variable u = variables[q.termU[k]];
            Variable v = variables[q.termV[k]];
            double w = q.termWeight[k];
            quadratic.add(u, u, w);
            quadratic.add(v, v, w);
            quadratic.add(u, v, -w);
            quadratic.add(v, u, -w);
        }
        for (int row = 0; row < q.rows; row++) {
            Expression constraint = model.addExpression("row" + row);
            if (q.isEquality(row)) {
                constraint.level(1);
            } else {
                constraint.upper(1);
            }
            for (int k = q.rowStart[row]; k < q.rowStart[row + 1]; k++) {
                int v = q.rowVariables[k];
                constraint.add(variables[v], q.coefficient(row, v));
            }
        }
        double[] x = new double[q.size];
        QpStatus status;
        try {
            Optimisation.Result result = model.minimise();
            for (int i = 0; i < q.size; i++) {
                x[i] = result.doubleValue(i);
            }
            status = status(result.getState());
        } catch (RuntimeException e) {
            status = QpStatus.FAILED;
        }
        return new QpSolution(problem, x, new double[q.rows], new double[q.size], status, 0,
                SolutionPolisher.primalResidual(q, x), Double.NaN, false);
    }

    private static QpStatus status(Optimisation.State state) {
        if (state.isOptimal()) {
            return QpStatus.OPTIMAL;
        }
        return state.isFeasible() ? QpStatus.MAX_ITERATIONS : QpStatus.FAILED;
    }
}
