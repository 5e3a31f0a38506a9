package org.mitosis.core.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;

/**
 * The grid's searches against scans of every cell in index order, on frames made to be awkward:
 * integer positions full of equal distances, stacked cells, a line, a dense cluster beside
 * scattered cells, one cell and none.
 */
class NeighboursTest {

    @Test
    void searchesAnswerAsAScanOfEveryCellWould() {
        Random rnd = new Random(3);
        for (List<Cell> frame : frames(rnd)) {
            Neighbours grid = Neighbours.of(frame);
            for (int k = 1; k <= 4; k++) {
                int[][] nn = grid.nearest(k);
                for (int i = 0; i < frame.size(); i++) {
                    assertArrayEquals(scanNearest(frame, i, k), nn[i], "cell " + i + ", k " + k);
                }
            }
            for (int q = 0; q < 40; q++) {
                // Points inside the cells' box and well outside it.
                double px = -300 + 1000 * rnd.nextDouble();
                double py = -300 + 1000 * rnd.nextDouble();
                if (q % 2 == 0) {
                    px = Math.rint(px / 10) * 10;
                    py = Math.rint(py / 10) * 10;
                }
                assertEquals(scanNearestTo(frame, px, py), grid.nearestTo(px, py), "nearest to " + px + "," + py);
                for (double r : new double[] {0, 5, 30, 120}) {
                    assertArrayEquals(scanWithin(frame, px, py, r), grid.within(px, py, r), "within " + r);
                }
            }
            for (int i = 0; i < frame.size(); i++) {
                for (double r : new double[] {0, 10, 60, 120}) {
                    assertEquals(scanWithin(frame, frame.get(i).x(), frame.get(i).y(), r).length - 1, grid.countAround(i, r),
                            "around cell " + i + ", r " + r);
                }
            }
        }
    }

    private static List<List<Cell>> frames(Random rnd) {
        List<List<Cell>> frames = new ArrayList<>();
        frames.add(frame(IntStream.range(0, 150).mapToObj(i -> new double[] {rnd.nextInt(20) * 10, rnd.nextInt(20) * 10})));
        frames.add(frame(IntStream.range(0, 60).mapToObj(i -> new double[] {400 * rnd.nextDouble(), 300 * rnd.nextDouble()})));
        frames.add(frame(IntStream.range(0, 30).mapToObj(i -> new double[] {7, 7})));
        frames.add(frame(IntStream.range(0, 40).mapToObj(i -> new double[] {5 * i, 100})));
        frames.add(frame(IntStream.range(0, 80).mapToObj(i -> i < 70
                ? new double[] {200 + rnd.nextGaussian(), 200 + rnd.nextGaussian()}
                : new double[] {600 * rnd.nextDouble(), 600 * rnd.nextDouble()})));
        frames.add(frame(IntStream.range(0, 1).mapToObj(i -> new double[] {3, 4})));
        frames.add(List.of());
        return frames;
    }

    private static List<Cell> frame(java.util.stream.Stream<double[]> positions) {
        List<double[]> xy = positions.toList();
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < xy.size(); i++) {
            out.add(new Cell(0, i + 1, xy.get(i)[0], xy.get(i)[1]));
        }
        return out;
    }

    private static double d2(Cell c, double px, double py) {
        double dx = c.x() - px;
        double dy = c.y() - py;
        return dx * dx + dy * dy;
    }

    private static int[] scanNearest(List<Cell> frame, int i, int k) {
        Cell c = frame.get(i);
        return IntStream.range(0, frame.size()).filter(j -> j != i).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> d2(frame.get(j), c.x(), c.y())).thenComparing(j -> j))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }

    private static int scanNearestTo(List<Cell> frame, double px, double py) {
        int best = -1;
        for (int j = 0; j < frame.size(); j++) {
            if (best < 0 || d2(frame.get(j), px, py) < d2(frame.get(best), px, py)) {
                best = j;
            }
        }
        return best;
    }

    private static int[] scanWithin(List<Cell> frame, double px, double py, double r) {
        return IntStream.range(0, frame.size()).filter(j -> d2(frame.get(j), px, py) <= r * r).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> d2(frame.get(j), px, py)).thenComparing(j -> j))
                .mapToInt(Integer::intValue).toArray();
    }
}
