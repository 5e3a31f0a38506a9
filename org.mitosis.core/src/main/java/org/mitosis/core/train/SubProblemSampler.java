package org.mitosis.core.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
 * t+1 all daughter cells first, then random cells up to {@code size}; in frame t the parents of
 * those daughters and the predecessors of the chosen cells, then random cells up to {@code size}
 * (more when the required ones exceed it).
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
        Set<Integer> targets = new LinkedHashSet<>();
        List<Integer> others = new ArrayList<>();
        for (int j = 0; j < after.size(); j++) {
            CellRef parent = truth.predecessor(after.get(j).ref()).orElse(null);
            if (parent != null && truth.successors(parent).size() >= 2) {
                targets.add(j);
            } else {
                others.add(j);
            }
        }
        Collections.shuffle(others, rnd);
        for (int j : others) {
            if (targets.size() >= size) {
                break;
            }
            targets.add(j);
        }
        Set<Integer> sources = new LinkedHashSet<>();
        for (int j : targets) {
            truth.predecessor(after.get(j).ref()).map(beforeIndex::get).ifPresent(sources::add);
        }
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            rest.add(i);
        }
        Collections.shuffle(rest, rnd);
        for (int i : rest) {
            if (sources.size() >= size) {
                break;
            }
            sources.add(i);
        }
        return new int[][] {sorted(sources), sorted(targets)};
    }

    private static int[] sorted(Set<Integer> s) {
        return s.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
