package org.mitosis.core.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Settings of the cell graphs and candidate pairs.
 *
 * @param neighbours k of the k-nearest-neighbour cell graph (the paper uses 2), {@code >= 1}
 * @param featureNeighbours nearest neighbours described in a cell's geometric features, {@code >= 1}
 * @param densityRadius radius in pixels within which cells are counted as local density, {@code > 0}
 * @param maxSourcesPerTarget at most this many nearest sources are candidates of one target, {@code >= 1}
 * @param gateQuantile quantile of the true displacement that the distance gate starts from, in (0, 1]
 * @param gateMargin factor applied to that quantile, {@code >= 1}
 * @param temporalContext whether a cell's features describe the two frames before and after its own,
 *        where a cell missed by the detector shows ({@link NodeFeatures})
 */
public record GraphSettings(int neighbours, int featureNeighbours, double densityRadius,
        int maxSourcesPerTarget, double gateQuantile, double gateMargin, boolean temporalContext) {

    /**
     * k = 2 as in the paper, 3 described neighbours, 60 px density radius, 4 sources per target, 99.9 %
     * quantile x 1.5, temporal context on.
     */
    public static GraphSettings defaults() {
        return new GraphSettings(2, 3, 60, 4, 0.999, 1.5, true);
    }

    /** These settings with the temporal context on or off. */
    public GraphSettings withTemporalContext(boolean on) {
        return new GraphSettings(neighbours, featureNeighbours, densityRadius, maxSourcesPerTarget, gateQuantile,
                gateMargin, on);
    }

    /** Every problem of these settings at once; empty when they are usable. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (neighbours < 1) {
            out.add("neighbours must be >= 1, is " + neighbours);
        }
        if (featureNeighbours < 1) {
            out.add("featureNeighbours must be >= 1, is " + featureNeighbours);
        }
        if (!(densityRadius > 0)) {
            out.add("densityRadius must be > 0, is " + densityRadius);
        }
        if (maxSourcesPerTarget < 1) {
            out.add("maxSourcesPerTarget must be >= 1, is " + maxSourcesPerTarget);
        }
        if (!(gateQuantile > 0 && gateQuantile <= 1)) {
            out.add("gateQuantile must lie in (0, 1], is " + gateQuantile);
        }
        if (!(gateMargin >= 1)) {
            out.add("gateMargin must be >= 1, is " + gateMargin);
        }
        return out;
    }

    /**
     * @throws IllegalArgumentException listing every problem, if there is any
     */
    public GraphSettings validate() {
        List<String> p = problems();
        if (!p.isEmpty()) {
            throw new IllegalArgumentException("bad graph settings: " + String.join("; ", p));
        }
        return this;
    }
}
