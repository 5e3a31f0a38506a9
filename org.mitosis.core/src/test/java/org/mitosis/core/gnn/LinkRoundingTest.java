package org.mitosis.core.gnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.graph.CandidatePairs;
import org.mitosis.core.graph.DistanceGate;

class LinkRoundingTest {

    @Test
    void choosesTheMostLikelyLinksUnderTheConstraints() {
        List<Cell> a = List.of(new Cell(0, 1, 0, 0), new Cell(0, 2, 5, 0));
        List<Cell> b = List.of(new Cell(1, 1, 0, 1), new Cell(1, 2, 1, 0), new Cell(1, 3, 0, -1));
        CandidatePairs cp = CandidatePairs.between(a, b, new DistanceGate(10), 2);
        // pairs by target: (0,0) (1,0) | (0,1) (1,1) | (0,2) (1,2)
        double[] z = {0.9, 0.8, 0.95, 0.7, 0.85, 0.6};
        double[] l = Arrays.stream(z).map(LinkRounding::logit).toArray();
        int[] chosen = new LinkRounding(0.5, 0.5).round(cp, l);
        // greedy would take (0,1) (0,0) (1,2): log-odds sum 5.55; the optimum is (0,1) (0,2) (1,0): 6.07
        assertArrayEquals(new int[] {1, 2, 4}, chosen);
        // only z >= 0.88 may link; source 0 takes targets 1 and 0
        assertArrayEquals(new int[] {0, 2}, new LinkRounding(0.88, 0.88).round(cp, l));
        assertThrows(IllegalArgumentException.class, () -> new LinkRounding(0.5, 0.5).round(cp, new double[2]));
        // a stricter division threshold stops second links: target 0 goes to source 1 (0.8), target 2 appears
        assertArrayEquals(new int[] {1, 2}, new LinkRounding(0.5, 0.92).round(cp, l));
        assertThrows(IllegalArgumentException.class, () -> new LinkRounding(0.6, 0.5));
    }
}
