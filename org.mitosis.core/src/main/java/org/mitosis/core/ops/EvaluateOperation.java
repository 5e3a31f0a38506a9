package org.mitosis.core.ops;

import org.mitosis.core.cells.Lineage;
import org.mitosis.core.eval.Evaluation;
import org.mitosis.core.eval.EvaluationReport;
import org.mitosis.core.eval.EvaluationSettings;

/**
 * Scores a tracking result against the truth: mitosis detection (precision, recall, F1, MBC,
 * strict F1), links, and correspondence F1 per frame pair with a division. The yardstick is
 * defined once, in package {@code org.mitosis.core.eval}.
 */
public final class EvaluateOperation {

    private final EvaluationSettings settings;

    /**
     * @throws IllegalArgumentException listing every invalid setting
     */
    public EvaluateOperation(EvaluationSettings settings) {
        this.settings = settings.validate();
    }

    public EvaluateOperation() {
        this(EvaluationSettings.DEFAULTS);
    }

    /** Compares {@code result} with {@code truth} over the frames both cover. */
    public EvaluationReport run(Lineage truth, Lineage result) {
        return Evaluation.evaluate(truth, result, settings);
    }
}
