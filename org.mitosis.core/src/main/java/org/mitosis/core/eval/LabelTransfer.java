package org.mitosis.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;

/**
 * Carries an annotation's links onto other cells of the same frames (a detector's, or perturbed
 * ones) through the evaluation's one-to-one cell matching: detected cells a and b are linked when
 * they match truth cells A and B and A→B is a true link. A truth cell without a match takes its links
 * with it (its neighbours then appear or end, as a linker would have to make them); a spurious cell
 * gets no link. The result is the training target a learner needs to link imperfect detections:
 * exactly what the evaluation will reward.
 */
public final class LabelTransfer {

    private LabelTransfer() {
    }

    /**
     * @param truth the annotation
     * @param detections cells in the truth's frames
     * @param settings the yardstick whose cell radius decides the matching
     * @return a lineage over {@code detections} with the transferred links
     */
    public static Lineage onto(Lineage truth, CellSequence detections, EvaluationSettings settings) {
        if (detections == truth.cells()) {
            return truth;
        }
        CellMatching matching = CellMatching.of(truth.cells(), detections, settings.validate().cellRadius());
        List<Link> links = new ArrayList<>();
        for (Link link : truth.links()) {
            Optional<CellRef> source = matching.resultOf(link.source());
            Optional<CellRef> target = matching.resultOf(link.target());
            if (source.isPresent() && target.isPresent()) {
                links.add(new Link(source.get(), target.get()));
            }
        }
        return new Lineage(detections, links);
    }
}
