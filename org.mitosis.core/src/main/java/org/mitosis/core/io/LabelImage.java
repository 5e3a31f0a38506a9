package org.mitosis.core.io;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.mitosis.core.cells.Cell;

/**
 * One frame of a segmentation: its cells ({@link LabelMaskReader}, one per label, in ascending
 * label order) and, for every pixel, which of them it belongs to. A cell of a lineage read from the
 * same mask is found again by its position ({@link #indexOf(Cell)}), which is the label's centroid
 * exactly as read.
 */
public final class LabelImage {

    /** Farther apart than this, a cell and a label's centroid are not the same cell (pixels). */
    private static final double SAME_POSITION = 1e-6;

    private final List<Cell> cells;
    private final int width;
    private final int height;
    private final int[] pixels;
    /** Indices into {@code cells} in ascending x. */
    private final int[] byX;

    LabelImage(List<Cell> cells, int width, int height, int[] pixels) {
        this.cells = List.copyOf(cells);
        this.width = width;
        this.height = height;
        this.pixels = pixels;
        this.byX = IntStream.range(0, cells.size()).boxed().sorted(Comparator.comparingDouble(i -> cells.get(i).x()))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The mask's cells, one per label in ascending label order, id = label. */
    public List<Cell> cells() {
        return cells;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The index in {@link #cells()} of the cell pixel (x, y) belongs to, or -1 for the background and outside the image. */
    public int cellAt(int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? -1 : pixels[y * width + x];
    }

    /** The index in {@link #cells()} of the label whose centroid is {@code cell}'s position, or -1 if none is. */
    public int indexOf(Cell cell) {
        int lo = 0;
        int hi = byX.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cells.get(byX[mid]).x() < cell.x() - SAME_POSITION) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < byX.length && cells.get(byX[k]).x() <= cell.x() + SAME_POSITION; k++) {
            if (Math.abs(cells.get(byX[k]).y() - cell.y()) <= SAME_POSITION) {
                return byX[k];
            }
        }
        return -1;
    }
}
