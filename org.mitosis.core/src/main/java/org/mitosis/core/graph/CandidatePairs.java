package org.mitosis.core.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.mitosis.core.cells.Cell;

/**
 * The source-target pairs between frame t (sources, m cells) and frame t+1 (targets, n cells) that
 * may be linked: for each target, the at most K nearest sources within the distance gate. A
 * correspondence problem thus has O(n·K) variables instead of m·n. Pairs are ordered by target,
 * then by distance.
 *
 * <p>Each pair carries {@value #FEATURES} geometric features, all lengths divided by the gate
 * radius g: the offset {@code (dx, dy)/g} and distance {@code d/g}; how much farther than the
 * target's nearest source and than the source's nearest target it is, {@code (d − d_min)/g}; the
 * distance from the target to the nearest other candidate target of the same source (a sister
 * daughter lies close by; g·3 when there is none), {@code log(1 + candidate targets of the
 * source)}, and how far the source lies from the midpoint of the target and another candidate target
 * of the same source (g·3 when there is none): a mother cell divides into two daughters on opposite
 * sides of it, whatever the tissue, so a small value marks a likely sister pair where distance alone
 * (all a LAP sees) cannot tell a daughter from a neighbour that moved.
 *
 * <p>Immutable. Building is O(m·n + n·K log K).
 */
public final class CandidatePairs {

    /** Length of a pair feature vector. */
    public static final int FEATURES = 8;

    /** Index of {@code d/g}, the pair's distance over the gate radius, in a feature vector. */
    public static final int DISTANCE = 2;

    private final int sources;
    private final int targets;
    private final int[] source;
    private final int[] target;
    private final double[][] features;

    private CandidatePairs(int sources, int targets, int[] source, int[] target, double[][] features) {
        this.sources = sources;
        this.targets = targets;
        this.source = source;
        this.target = target;
        this.features = features;
    }

    /**
     * @param from cells of frame t
     * @param to cells of frame t+1
     * @param gate pairs farther apart are dropped
     * @param maxSourcesPerTarget K, {@code >= 1}
     */
    public static CandidatePairs between(List<Cell> from, List<Cell> to, DistanceGate gate, int maxSourcesPerTarget) {
        if (maxSourcesPerTarget < 1) {
            throw new IllegalArgumentException("maxSourcesPerTarget must be >= 1, is " + maxSourcesPerTarget);
        }
        Neighbours sources = Neighbours.of(from);
        List<int[]> kept = new ArrayList<>();
        for (int j = 0; j < to.size(); j++) {
            Cell t = to.get(j);
            int[] near = sources.within(t.x(), t.y(), gate.radius());
            for (int r = 0; r < Math.min(maxSourcesPerTarget, near.length); r++) {
                kept.add(new int[] {near[r], j});
            }
        }
        int p = kept.size();
        int[] s = new int[p];
        int[] t = new int[p];
        for (int k = 0; k < p; k++) {
            s[k] = kept.get(k)[0];
            t[k] = kept.get(k)[1];
        }
        return new CandidatePairs(from.size(), to.size(), s, t, features(from, to, s, t, gate.radius()));
    }

    private static double[][] features(List<Cell> from, List<Cell> to, int[] s, int[] t, double g) {
        int p = s.length;
        double[] minBySource = new double[from.size()];
        double[] minByTarget = new double[to.size()];
        int[] countBySource = new int[from.size()];
        Arrays.fill(minBySource, Double.POSITIVE_INFINITY);
        Arrays.fill(minByTarget, Double.POSITIVE_INFINITY);
        double[] d = new double[p];
        for (int k = 0; k < p; k++) {
            d[k] = from.get(s[k]).distanceTo(to.get(t[k]));
            minBySource[s[k]] = Math.min(minBySource[s[k]], d[k]);
            minByTarget[t[k]] = Math.min(minByTarget[t[k]], d[k]);
            countBySource[s[k]]++;
        }
        List<List<Integer>> targetsOf = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            targetsOf.add(new ArrayList<>());
        }
        for (int k = 0; k < p; k++) {
            targetsOf.get(s[k]).add(t[k]);
        }
        double[][] f = new double[p][];
        for (int k = 0; k < p; k++) {
            Cell a = from.get(s[k]);
            Cell b = to.get(t[k]);
            double sister = 3 * g;
            double midpoint = 3 * g;
            for (int o : targetsOf.get(s[k])) {
                if (o != t[k]) {
                    Cell other = to.get(o);
                    sister = Math.min(sister, b.distanceTo(other));
                    midpoint = Math.min(midpoint, Math.hypot((b.x() + other.x()) / 2 - a.x(), (b.y() + other.y()) / 2 - a.y()));
                }
            }
            f[k] = new double[] {(b.x() - a.x()) / g, (b.y() - a.y()) / g, d[k] / g,
                (d[k] - minByTarget[t[k]]) / g, (d[k] - minBySource[s[k]]) / g, sister / g,
                Math.log1p(countBySource[s[k]]), midpoint / g};
        }
        return f;
    }

    /**
     * The pairs among a subset of the cells, keeping the features computed on the full frames (so
     * that a training sub-problem sees the same pair features as inference on full frames).
     *
     * @param keepSources indices of the kept sources, distinct; they become sources 0, 1, ...
     * @param keepTargets indices of the kept targets, distinct; they become targets 0, 1, ...
     */
    public CandidatePairs restrict(int[] keepSources, int[] keepTargets) {
        int[] newSource = renumbering(keepSources, sources);
        int[] newTarget = renumbering(keepTargets, targets);
        List<Integer> kept = new ArrayList<>();
        for (int p = 0; p < source.length; p++) {
            if (newSource[source[p]] >= 0 && newTarget[target[p]] >= 0) {
                kept.add(p);
            }
        }
        kept.sort((a, b) -> newTarget[target[a]] != newTarget[target[b]]
                ? Integer.compare(newTarget[target[a]], newTarget[target[b]]) : Integer.compare(a, b));
        int[] s = new int[kept.size()];
        int[] t = new int[kept.size()];
        double[][] f = new double[kept.size()][];
        for (int k = 0; k < s.length; k++) {
            int p = kept.get(k);
            s[k] = newSource[source[p]];
            t[k] = newTarget[target[p]];
            f[k] = features[p];
        }
        return new CandidatePairs(keepSources.length, keepTargets.length, s, t, f);
    }

    private static int[] renumbering(int[] keep, int size) {
        int[] out = new int[size];
        Arrays.fill(out, -1);
        for (int k = 0; k < keep.length; k++) {
            if (out[keep[k]] >= 0) {
                throw new IllegalArgumentException("index " + keep[k] + " kept twice");
            }
            out[keep[k]] = k;
        }
        return out;
    }

    /** m, the number of cells in frame t. */
    public int sourceCount() {
        return sources;
    }

    /** n, the number of cells in frame t+1. */
    public int targetCount() {
        return targets;
    }

    public int size() {
        return source.length;
    }

    /** Index (into frame t's cell list) of pair p's source. */
    public int source(int p) {
        return source[p];
    }

    /** Index (into frame t+1's cell list) of pair p's target. */
    public int target(int p) {
        return target[p];
    }

    /** A copy of pair p's features. */
    public double[] features(int p) {
        return features[p].clone();
    }

    /** Index of the pair (i, j), or -1 when it is not a candidate. O(P). */
    public int indexOf(int i, int j) {
        for (int p = 0; p < source.length; p++) {
            if (source[p] == i && target[p] == j) {
                return p;
            }
        }
        return -1;
    }
}
