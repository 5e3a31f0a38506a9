package org.mitosis.core.cells;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NeighbourPairsTest {

    @Test
    void findsExactlyThePairsWithinTheRadius() {
        Random random = new Random(5);
        for (int trial = 0; trial < 50; trial++) {
            List<Cell> a = cells(random, random.nextInt(40), 0);
            List<Cell> b = cells(random, random.nextInt(40), 1);
            double radius = 5 + random.nextDouble() * 30;
            Set<List<Integer>> expected = new HashSet<>();
            for (int i = 0; i < a.size(); i++) {
                for (int j = 0; j < b.size(); j++) {
                    if (a.get(i).distanceTo(b.get(j)) <= radius) {
                        expected.add(List.of(i, j));
                    }
                }
            }
            Set<List<Integer>> found = new HashSet<>();
            for (NeighbourPairs.Pair p : NeighbourPairs.within(a, b, radius)) {
                found.add(List.of(p.from(), p.to()));
                assertEquals(a.get(p.from()).distanceTo(b.get(p.to())), p.distance());
            }
            assertEquals(expected, found);
        }
    }

    private static List<Cell> cells(Random random, int n, int frame) {
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Cell(frame, i, random.nextDouble() * 100, random.nextDouble() * 100));
        }
        return out;
    }
}
