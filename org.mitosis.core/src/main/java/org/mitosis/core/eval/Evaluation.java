package org.mitosis.core.eval;

import java.util.Objects;

import org.mitosis.core.cells.Lineage;

/**
 * Scores a tracking result against the truth; the definitions are those of the package
 * documentation ({@code package-info}). To score many results over the same cells use
 * {@link Evaluator}, which matches the cells once.
 *
 * <p>Time: about O(N log N) for N cells plus one sparse assignment per frame.
 */
public final class Evaluation {

    private Evaluation() {
    }

    /**
     * @param truth the annotation
     * @param result the lineage to score (its cells need not be the truth's)
     * @param settings radii and tolerance; validated here
     * @throws IllegalArgumentException for unusable settings
     */
    public static EvaluationReport evaluate(Lineage truth, Lineage result, EvaluationSettings settings) {
        Objects.requireNonNull(result, "result");
        return new Evaluator(truth, result.cells(), settings).evaluate(result);
    }
}
