package org.mitosis.cli.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.mitosis.core.qp.AdmmQpSolver;
import org.mitosis.core.qp.CorrespondenceProblem;
import org.mitosis.core.qp.OjAlgoQpSolver;
import org.mitosis.core.qp.QpGradient;
import org.mitosis.core.qp.QpSolution;

/**
 * Benchmark of the correspondence QP on synthetic frame pairs: {@link AdmmQpSolver} against the
 * ojAlgo reference ({@link OjAlgoQpSolver}), and the backward pass ({@link QpGradient}).
 *
 * <p>Synthetic data: n cells uniformly in a 1000 × 1000 px field at frame t; at t+1 each moves by
 * N(0, 5 px), 3 % divide (two daughters 15 px apart), 2 % disappear and 2 % new cells appear.
 * Candidate pairs: each target's 10 nearest sources; cost {@code d/50 − 1 + N(0, 0.1)} with d the
 * distance in px; appearance cost 0.5, split cost 0.3, γ 0.05; consistency terms join pairs (i, j)
 * and (i', j') with i' among the 2 nearest cells of i and j' among the 2 nearest of j, weight 0.2.
 *
 * <p>Warm-up, as JMH does it: 30 untimed solves at 100 cells first, then before the timed solves of
 * each size untimed solves of other problems of that size (from another seed), at least as many as
 * are timed and for at least {@value #WARM_UP_MILLIS} ms, so that the JIT has profiled and compiled
 * the paths of that size (its loop lengths and branches) before it is timed, and the times are those
 * of steady-state code, as in a movie's hundreds of frame pairs. A count alone was too little: at
 * 300 cells the median of solves 11-20 was 7-10 ms and that of solves 40 onwards 4-4.5 ms.
 */
public final class QpBench {

    private static final int[] SIZES = {30, 100, 300, 1000};
    private static final int OJALGO_MAX_CELLS = 30;
    private static final long WARM_UP_MILLIS = 2000;

    private QpBench() {
    }

    /** Runs the benchmark and prints one line per size. */
    public static void run(PrintWriter out, long seed) {
        AdmmQpSolver ours = new AdmmQpSolver();
        OjAlgoQpSolver reference = new OjAlgoQpSolver();
        warmUp(ours, seed, 100, 30);
        out.println("Correspondence QP benchmark (synthetic frame pairs, seed " + seed + ", "
                + Runtime.getRuntime().availableProcessors() + " CPUs)");
        out.printf("%6s %6s %6s | %-22s %5s %5s | %-22s | %9s %9s | %-20s%n", "cells", "pairs", "terms",
                "ADMM ms median/p90", "iter", "pol%", "ojAlgo ms median/p90", "max|dz|", "obj gap", "backward ms med/p90");
        for (int cells : SIZES) {
            int repeats = cells >= 1000 ? 10 : cells >= 300 ? 30 : 50;
            int referenceRepeats = cells > OJALGO_MAX_CELLS ? 0 : Math.min(repeats, 2);
            warmUp(ours, seed, cells, repeats);
            runSize(out, ours, reference, cells, repeats, referenceRepeats, seed);
        }
    }

    /**
     * Untimed solves and backward passes of problems with {@code cells} cells: at least
     * {@code count}, and more until {@link #WARM_UP_MILLIS} have passed.
     */
    private static void warmUp(AdmmQpSolver solver, long seed, int cells, int count) {
        long end = System.nanoTime() + WARM_UP_MILLIS * 1_000_000;
        for (int r = 0; r < count || System.nanoTime() < end; r++) {
            CorrespondenceProblem problem = problem(new Random(seed + 1000 + 37L * cells + r), cells);
            QpSolution solution = solver.solve(problem);
            QpGradient.backward(problem, solution, new double[problem.pairs()]);
        }
    }

    private static void runSize(PrintWriter out, AdmmQpSolver ours, OjAlgoQpSolver reference, int cells,
            int repeats, int referenceRepeats, long seed) {
        Random random = new Random(seed + cells);
        double[] oursMs = new double[repeats];
        double[] backwardMs = new double[repeats];
        double[] referenceMs = new double[referenceRepeats];
        double maxDz = 0;
        double maxGap = 0;
        long iterations = 0;
        int polished = 0;
        CorrespondenceProblem problem = null;
        for (int r = 0; r < repeats; r++) {
            problem = problem(random, cells);
            long start = System.nanoTime();
            QpSolution solution = ours.solve(problem);
            oursMs[r] = (System.nanoTime() - start) / 1e6;
            iterations += solution.iterations();
            polished += solution.polished() ? 1 : 0;
            double[] dLdz = new double[problem.pairs()];
            for (int p = 0; p < dLdz.length; p++) {
                dLdz[p] = random.nextGaussian();
            }
            start = System.nanoTime();
            QpGradient.backward(problem, solution, dLdz);
            backwardMs[r] = (System.nanoTime() - start) / 1e6;
            if (r < referenceRepeats) {
                start = System.nanoTime();
                QpSolution check = reference.solve(problem);
                referenceMs[r] = (System.nanoTime() - start) / 1e6;
                maxGap = Math.max(maxGap, Math.abs(solution.objective() - check.objective()));
                for (int p = 0; p < problem.pairs(); p++) {
                    maxDz = Math.max(maxDz, Math.abs(solution.z(p) - check.z(p)));
                }
            }
        }
        String referenceText = referenceRepeats == 0 ? "skipped" : timing(referenceMs);
        out.printf("%6d %6d %6d | %-22s %5d %5.0f | %-22s | %9.2e %9.2e | %-20s%n", cells, problem.pairs(),
                problem.consistencyTerms(), timing(oursMs), iterations / repeats, 100.0 * polished / repeats,
                referenceText, referenceRepeats == 0 ? Double.NaN : maxDz, referenceRepeats == 0 ? Double.NaN : maxGap,
                timing(backwardMs));
    }

    private static String timing(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double median = sorted[(sorted.length - 1) / 2];
        double p90 = sorted[(int) Math.ceil(0.9 * sorted.length) - 1];
        return String.format("%.2f / %.2f", median, p90);
    }

    /** One synthetic frame pair with {@code cells} cells at t (see the class documentation). */
    public static CorrespondenceProblem problem(Random random, int cells) {
        List<double[]> sources = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            sources.add(new double[] {1000 * random.nextDouble(), 1000 * random.nextDouble()});
        }
        List<double[]> targets = new ArrayList<>();
        for (double[] s : sources) {
            double u = random.nextDouble();
            if (u < 0.02) {
                continue;
            }
            double dx = 5 * random.nextGaussian();
            double dy = 5 * random.nextGaussian();
            if (u < 0.05) {
                double angle = 2 * Math.PI * random.nextDouble();
                targets.add(new double[] {s[0] + dx + 7.5 * Math.cos(angle), s[1] + dy + 7.5 * Math.sin(angle)});
                targets.add(new double[] {s[0] + dx - 7.5 * Math.cos(angle), s[1] + dy - 7.5 * Math.sin(angle)});
            } else {
                targets.add(new double[] {s[0] + dx, s[1] + dy});
            }
        }
        for (int k = 0; k < Math.max(1, cells / 50); k++) {
            targets.add(new double[] {1000 * random.nextDouble(), 1000 * random.nextDouble()});
        }
        return build(random, sources, targets);
    }

    private static CorrespondenceProblem build(Random random, List<double[]> sources, List<double[]> targets) {
        int m = sources.size();
        int n = targets.size();
        CorrespondenceProblem.Builder builder = CorrespondenceProblem.builder(m, n, 0.05).appearCost(0.5)
                .splitCost(0.3);
        int[][] candidates = new int[n][];
        int[][] pairIndex = new int[n][];
        for (int j = 0; j < n; j++) {
            candidates[j] = nearest(targets.get(j), sources, 10, -1);
            pairIndex[j] = new int[candidates[j].length];
            for (int k = 0; k < candidates[j].length; k++) {
                double d = distance(targets.get(j), sources.get(candidates[j][k]));
                pairIndex[j][k] = builder.addPair(candidates[j][k], j, d / 50 - 1 + 0.1 * random.nextGaussian());
            }
        }
        int[][] sourceNeighbours = new int[m][];
        for (int i = 0; i < m; i++) {
            sourceNeighbours[i] = nearest(sources.get(i), sources, 2, i);
        }
        for (int j = 0; j < n; j++) {
            for (int j2 : nearest(targets.get(j), targets, 2, j)) {
                for (int k = 0; k < candidates[j].length; k++) {
                    for (int i2 : sourceNeighbours[candidates[j][k]]) {
                        int k2 = indexOf(candidates[j2], i2);
                        if (k2 >= 0 && pairIndex[j][k] < pairIndex[j2][k2]) {
                            builder.addConsistency(pairIndex[j][k], pairIndex[j2][k2], 0.2);
                        }
                    }
                }
            }
        }
        return builder.build();
    }

    private static int indexOf(int[] values, int value) {
        for (int k = 0; k < values.length; k++) {
            if (values[k] == value) {
                return k;
            }
        }
        return -1;
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    /** The k points nearest to p (brute force; fine at benchmark sizes), skipping index exclude. */
    private static int[] nearest(double[] p, List<double[]> points, int k, int exclude) {
        Integer[] order = new Integer[points.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> distance(p, points.get(i))));
        int[] out = new int[Math.min(k, order.length)];
        int count = 0;
        for (int i = 0; i < order.length && count < out.length; i++) {
            if (order[i] != exclude) {
                out[count++] = order[i];
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** Runs the benchmark; optional argument: the seed (default 1). */
    public static void main(String[] args) {
        run(new PrintWriter(System.out, true), args.length > 0 ? Long.parseLong(args[0]) : 1L);
    }
}
