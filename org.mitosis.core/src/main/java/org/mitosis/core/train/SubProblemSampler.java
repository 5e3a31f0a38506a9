package org.mitosis.core.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;

/**
 * Chooses a training sub-problem of about {@code size} cells per frame as in GNN-DOL: in frame
 * t+1 daughter cells first, then other cells up to {@code size}; in frame t the parents of those
 * daughters and the predecessors of the chosen cells, then other cells up to {@code size} (more
 * when the required ones exceed it).
 *
 * <p>Departures from the paper. The other cells are the ones nearest the chosen targets (around one
 * random target when no cell divides), not random ones: at inference a daughter is contested by the
 * mother's neighbours, and a sub-problem of cells scattered over the frame almost never holds them,
 * so a network trained that way never learns to refuse a neighbour a daughter (on F0009 every false
 * division of such a network was a neighbour 15-22 px away taking a daughter 5-7 px from its mother).
 * Daughters fill at most half of the targets, sisters kept together (divisions in random order). The paper's rule "all daughters first" assumes divisions are rare; in
 * a dense tissue (epidermis: about 24 divisions per frame pair) it fills a sub-problem with daughters
 * alone, so the network learns that every cell divides, and whole frames at inference look nothing
 * like training.
 */
final class SubProblemSampler {

    private final Lineage truth;
    private final int size;

    SubProblemSampler(Lineage truth, int size) {
        this.truth = truth;
        this.size = size;
    }

    /** Indices into {@code before} and {@code after}, ascending. */
    int[][] sample(List<Cell> before, List<Cell> after, Random rnd) {
        Map<CellRef, Integer> beforeIndex = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            beforeIndex.put(before.get(i).ref(), i);
        }
        Map<CellRef, List<Integer>> daughtersOf = new LinkedHashMap<>();
        List<Integer> others = new ArrayList<>();
        for (int j = 0; j < after.size(); j++) {
            CellRef parent = truth.predecessor(after.get(j).ref()).orElse(null);
            if (parent != null && truth.successors(parent).size() >= 2) {
                daughtersOf.computeIfAbsent(parent, k -> new ArrayList<>()).add(j);
            } else {
                others.add(j);
            }
        }
        List<List<Integer>> divisions = new ArrayList<>(daughtersOf.values());
        int half = Math.max(2, size / 2);
        if (divisions.stream().mapToInt(List::size).sum() > half) {
            Collections.shuffle(divisions, rnd);
        }
        Set<Integer> targets = new LinkedHashSet<>();
        for (List<Integer> sisters : divisions) {
            if (!targets.isEmpty() && targets.size() + sisters.size() > half) {
                break;
            }
            targets.addAll(sisters);
        }
        if (targets.isEmpty() && !others.isEmpty()) {
            targets.add(others.get(rnd.nextInt(others.size())));
        }
        for (int j : nearestFirst(others, after, targets, after)) {
            if (targets.size() >= size) {
                break;
            }
            targets.add(j);
        }
        Set<Integer> sources = new LinkedHashSet<>();
        for (int j : targets) {
            truth.predecessor(after.get(j).ref()).map(beforeIndex::get).ifPresent(sources::add);
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            all.add(i);
        }
        for (int i : nearestFirst(all, before, targets, after)) {
            if (sources.size() >= size) {
                break;
            }
            sources.add(i);
        }
        return new int[][] {sorted(sources), sorted(targets)};
    }

    /**
     * {@code indices} into {@code cells}, nearest to the chosen {@code targets} (indices into
     * {@code after}) first; ties keep their order. Each distance is computed once.
     */
    private static List<Integer> nearestFirst(List<Integer> indices, List<Cell> cells, Set<Integer> targets,
            List<Cell> after) {
        Map<Integer, Double> distance = new HashMap<>();
        for (int k : indices) {
            double d = Double.POSITIVE_INFINITY;
            for (int j : targets) {
                d = Math.min(d, cells.get(k).distanceTo(after.get(j)));
            }
            distance.put(k, d);
        }
        List<Integer> out = new ArrayList<>(indices);
        out.sort(Comparator.comparingDouble(distance::get));
        return out;
    }

    private static int[] sorted(Set<Integer> s) {
        return s.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
