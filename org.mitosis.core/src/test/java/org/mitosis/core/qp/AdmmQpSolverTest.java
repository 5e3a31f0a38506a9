package org.mitosis.core.qp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdmmQpSolverTest {

    @Test
    void agreesWithOjAlgoOnRandomProblems() {
        AdmmQpSolver ours = new AdmmQpSolver();
        OjAlgoQpSolver reference = new OjAlgoQpSolver();
        int polished = 0;
        for (int seed = 0; seed < 20; seed++) {
            int cells = 5 + 3 * seed;
            double gamma = seed % 2 == 0 ? 0.02 : 0.1;
            double scale = new double[] {0.05, 0.3, 1.0}[seed % 3];
            CorrespondenceProblem problem = RandomProblems.create(seed, cells, cells + seed % 4 - 2, 6, gamma, scale);
            QpSolution a = ours.solve(problem);
            QpSolution b = reference.solve(problem);
            assertEquals(QpStatus.OPTIMAL, a.status(), () -> problem + " " + a);
            assertEquals(QpStatus.OPTIMAL, b.status(), () -> problem + " " + b);
            assertEquals(b.objective(), a.objective(), 1e-5 * (1 + Math.abs(b.objective())), problem::toString);
            double[] za = a.z();
            double[] zb = b.z();
            for (int p = 0; p < za.length; p++) {
                assertEquals(zb[p], za[p], 1e-4, "z" + p + " of " + problem);
            }
            assertTrue(a.primalResidual() < 1e-5, a::toString);
            polished += a.polished() ? 1 : 0;
        }
        assertTrue(polished >= 18, "polished " + polished + " of 20");
    }
}
