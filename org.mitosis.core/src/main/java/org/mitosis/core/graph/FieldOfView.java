package org.mitosis.core.graph;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;

/**
 * The rectangle the cells were seen in, estimated as the bounding box of all cells of a sequence
 * (the images' size is not known here). Used to normalise positions and to measure how close a
 * cell is to the border, where cells enter and leave.
 *
 * @param minX smallest column in pixels
 * @param minY smallest row in pixels
 * @param maxX largest column in pixels, {@code >= minX}
 * @param maxY largest row in pixels, {@code >= minY}
 */
public record FieldOfView(double minX, double minY, double maxX, double maxY) {

    public FieldOfView {
        if (!(maxX >= minX && maxY >= minY)) {
            throw new IllegalArgumentException("empty field of view " + minX + "," + minY + " - " + maxX + "," + maxY);
        }
    }

    /** The bounding box of all cells; a unit box at the origin for an empty sequence. */
    public static FieldOfView of(CellSequence cells) {
        if (cells.isEmpty()) {
            return new FieldOfView(0, 0, 1, 1);
        }
        double x0 = cells.cells().mapToDouble(Cell::x).min().orElseThrow();
        double y0 = cells.cells().mapToDouble(Cell::y).min().orElseThrow();
        double x1 = cells.cells().mapToDouble(Cell::x).max().orElseThrow();
        double y1 = cells.cells().mapToDouble(Cell::y).max().orElseThrow();
        return new FieldOfView(x0, y0, x1, y1);
    }

    public double centreX() {
        return (minX + maxX) / 2;
    }

    public double centreY() {
        return (minY + maxY) / 2;
    }

    /** Half the diagonal in pixels, at least 1: positions divided by it lie in about [-1, 1]. */
    public double halfDiagonal() {
        return Math.max(1, Math.hypot(maxX - minX, maxY - minY) / 2);
    }

    /** Distance in pixels from the cell to the nearest side, 0 on or outside the border. */
    public double borderDistance(Cell c) {
        double d = Math.min(Math.min(c.x() - minX, maxX - c.x()), Math.min(c.y() - minY, maxY - c.y()));
        return Math.max(0, d);
    }
}
