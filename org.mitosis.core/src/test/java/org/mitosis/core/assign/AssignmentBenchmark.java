package org.mitosis.core.assign;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.DoubleSupplier;

import org.jgrapht.Graph;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.testing.F0009;

/**
 * Benchmark (prints figures; not a test): the sparse Jonker-Volgenant solver against JGraphT's
 * dense Kuhn-Munkres and sparse maximum-weight bipartite matching on the split-augmented frame
 * problem of the LAP linker (each cell at t may take two successors). Uses the busiest frame pair
 * of the real C2C12 F0009 annotation, then synthetic fields (labelled) for scaling.
 *
 * <p>Run: {@code java -cp <test classpath> org.mitosis.core.assign.AssignmentBenchmark}.
 */
public final class AssignmentBenchmark {

    private static final double MAX_DISTANCE = 30;
    private static final double SPLIT = 100;
    private static final double UNMATCHED = MAX_DISTANCE * MAX_DISTANCE;

    private AssignmentBenchmark() {
    }

    public static void main(String[] args) {
        CellSequence cells = F0009.truth().cells();
        int busiest = cells.firstFrame();
        for (int f = cells.firstFrame(); f < cells.lastFrame(); f++) {
            if (cells.cellsIn(f).size() > cells.cellsIn(busiest).size()) {
                busiest = f;
            }
        }
        run("real F0009 frames " + busiest + "->" + (busiest + 1),
                cells.cellsIn(busiest), cells.cellsIn(busiest + 1), true);
        Random random = new Random(42);
        for (int n : new int[] {267, 1000, 3000}) {
            List<Cell> a = syntheticField(random, n, 0);
            run("synthetic " + n + " cells", a, moved(random, a), n <= 267);
        }
    }

    private static void run(String label, List<Cell> from, List<Cell> to, boolean withJGraphT) {
        AssignmentProblem p = splitProblem(from, to);
        int size = p.rows() + p.columns();
        System.out.printf("%s: %d x %d split problem, %d entries, augmented square %d%n",
                label, p.rows(), p.columns(), p.entryCount(), size);
        double jv = time("sparse JV (ours)", () -> new SparseAssignmentSolver(p).solve().cost());
        if (withJGraphT) {
            double km = time("JGraphT Kuhn-Munkres (dense)", () -> kuhnMunkres(p));
            double mw = time("JGraphT MaximumWeightBipartiteMatching (sparse)", () -> maxWeight(p));
            System.out.printf("  optimum: ours %.4f, Kuhn-Munkres %.4f, max-weight %.4f%n", jv, km, mw);
        }
    }

    private static double time(String name, DoubleSupplier solver) {
        double value = 0;
        int repeats = 0;
        long start = System.nanoTime();
        long[] best = {Long.MAX_VALUE};
        while (repeats < 3 || System.nanoTime() - start < 2_000_000_000L && repeats < 50) {
            long t0 = System.nanoTime();
            value = solver.getAsDouble();
            best[0] = Math.min(best[0], System.nanoTime() - t0);
            repeats++;
        }
        System.out.printf("  %-48s best of %2d: %9.3f ms%n", name, repeats, best[0] / 1e6);
        return value;
    }

    /** Rows 0..n-1: first successor; rows n..2n-1: second successor at an extra split cost. */
    static AssignmentProblem splitProblem(List<Cell> from, List<Cell> to) {
        int n = from.size();
        AssignmentProblem.Builder b = AssignmentProblem.builder(2 * n, to.size());
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < to.size(); j++) {
                double d = from.get(i).distanceTo(to.get(j));
                if (d <= MAX_DISTANCE) {
                    b.add(i, j, d * d);
                    b.add(n + i, j, d * d + SPLIT);
                }
            }
            b.unmatchedRowCost(i, UNMATCHED);
            b.unmatchedRowCost(n + i, 0);
        }
        return b.unmatchedColumnCost(UNMATCHED).build();
    }

    /** The augmented square matrix, dense, with forbidden pairs at a prohibitive cost. */
    private static double kuhnMunkres(AssignmentProblem p) {
        double forbidden = 1e7;
        int n = p.rows();
        int m = p.columns();
        int size = n + m;
        Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<Integer> left = new HashSet<>();
        Set<Integer> right = new HashSet<>();
        for (int i = 0; i < size; i++) {
            g.addVertex(i);
            g.addVertex(size + i);
            left.add(i);
            right.add(size + i);
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                g.setEdgeWeight(g.addEdge(i, size + j), augmentedCost(p, i, j, forbidden));
            }
        }
        return new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(g, left, right).getMatching().getWeight();
    }

    private static double augmentedCost(AssignmentProblem p, int i, int j, double forbidden) {
        int n = p.rows();
        int m = p.columns();
        if (i < n && j < m) {
            double c = p.cost(i, j);
            return Double.isNaN(c) ? forbidden : c;
        }
        if (i < n) {
            return j - m == i ? p.unmatchedRowCost(i) : forbidden;
        }
        if (j < m) {
            return i - n == j ? p.unmatchedColumnCost(j) : forbidden;
        }
        return Double.isNaN(p.cost(j - m, i - n)) ? forbidden : 0;
    }

    /** Sparse augmented graph; weight = big - cost so a maximum weight matching is perfect. */
    private static double maxWeight(AssignmentProblem p) {
        double big = 1e6;
        int size = p.rows() + p.columns();
        Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<Integer> left = new HashSet<>();
        Set<Integer> right = new HashSet<>();
        for (int i = 0; i < size; i++) {
            g.addVertex(i);
            g.addVertex(size + i);
            left.add(i);
            right.add(size + i);
        }
        List<int[]> pairs = new ArrayList<>();
        int n = p.rows();
        int m = p.columns();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (!Double.isNaN(p.cost(i, j))) {
                    pairs.add(new int[] {i, j});
                    pairs.add(new int[] {n + j, m + i});
                }
            }
            pairs.add(new int[] {i, m + i});
        }
        for (int j = 0; j < m; j++) {
            pairs.add(new int[] {n + j, j});
        }
        for (int[] e : pairs) {
            g.setEdgeWeight(g.addEdge(e[0], size + e[1]), big - augmentedCost(p, e[0], e[1], 0));
        }
        double w = new MaximumWeightBipartiteMatching<>(g, left, right).getMatching().getWeight();
        return size * big - w;
    }

    private static List<Cell> syntheticField(Random random, int n, int frame) {
        double side = Math.sqrt(n * 5400.0);
        List<Cell> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Cell(frame, i, random.nextDouble() * side, random.nextDouble() * side));
        }
        return out;
    }

    private static List<Cell> moved(Random random, List<Cell> cells) {
        List<Cell> out = new ArrayList<>(cells.size());
        for (Cell c : cells) {
            out.add(new Cell(c.frame() + 1, c.id(), c.x() + 2 * random.nextGaussian(), c.y() + 2 * random.nextGaussian()));
        }
        return out;
    }
}
