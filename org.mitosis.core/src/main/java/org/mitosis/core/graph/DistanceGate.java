package org.mitosis.core.graph;

import java.util.Arrays;
import java.util.List;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;

/**
 * The largest distance in pixels a cell may move between consecutive frames and still be a
 * candidate: a high quantile of the true displacements in training data times a margin. Division
 * links (daughter relative to parent) are included, so the gate keeps them too.
 *
 * @param radius gate radius in pixels, {@code > 0}
 */
public record DistanceGate(double radius) {

    public DistanceGate {
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("gate radius must be positive and finite, is " + radius);
        }
    }

    /**
     * @param truth annotated lineage; only links between consecutive frames count
     * @param quantile in (0, 1]
     * @param margin {@code >= 1}
     * @throws IllegalArgumentException if the lineage has no such link
     */
    public static DistanceGate fit(Lineage truth, double quantile, double margin) {
        return fit(List.of(truth), quantile, margin);
    }

    /**
     * The gate of several annotated movies' links taken together.
     *
     * @param truths annotated lineages; only links between consecutive frames count
     * @param quantile in (0, 1]
     * @param margin {@code >= 1}
     * @throws IllegalArgumentException if the lineages have no such link
     */
    public static DistanceGate fit(List<Lineage> truths, double quantile, double margin) {
        double[] d = truths.stream().flatMapToDouble(truth -> truth.links().stream().filter(l -> l.span() == 1)
                .mapToDouble(l -> displacement(truth, l))).sorted().toArray();
        if (d.length == 0) {
            throw new IllegalArgumentException("no link between consecutive frames to fit a distance gate on");
        }
        int at = Math.min(d.length - 1, (int) Math.ceil(quantile * d.length) - 1);
        return new DistanceGate(Math.max(1, d[Math.max(0, at)] * margin));
    }

    /** Fraction of the consecutive-frame links of {@code truth} that the gate keeps (1 when there is none). */
    public double keptFraction(Lineage truth) {
        double[] d = truth.links().stream().filter(l -> l.span() == 1)
                .mapToDouble(l -> displacement(truth, l)).toArray();
        return d.length == 0 ? 1 : Arrays.stream(d).filter(x -> x <= radius).count() / (double) d.length;
    }

    private static double displacement(Lineage truth, Link l) {
        Cell a = truth.cells().get(l.source());
        Cell b = truth.cells().get(l.target());
        return a.distanceTo(b);
    }
}
