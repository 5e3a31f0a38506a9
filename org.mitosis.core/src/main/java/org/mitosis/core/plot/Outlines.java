package org.mitosis.core.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.io.LabelImage;

/**
 * The outlines of a division's cells in one panel of its strip, where the cells came from a
 * segmentation: the boundary of each circled cell's own label, so that a reader sees what the
 * segmenter took for that cell (one cell split in two shows as two outlines where one cell lies).
 */
final class Outlines {

    private static final int NONE = 0;
    private static final int MOTHER = 1;
    private static final int DAUGHTER = 2;

    /** Each panel pixel's label index, -1 for the background and outside the image. */
    private final int[] labels;
    private final int[] roleOfLabel;
    private final int size;
    private final Set<CellRef> outlined;

    private Outlines(int[] labels, int[] roleOfLabel, int size, Set<CellRef> outlined) {
        this.labels = labels;
        this.roleOfLabel = roleOfLabel;
        this.size = size;
        this.outlined = outlined;
    }

    /**
     * @param cells the frame's cells of the lineage
     * @param motherLine the mother and her predecessors, drawn in the mother's colour
     * @param descendants her daughters and their successors, in the daughters' colour
     * @param left the panel's first column in the image
     * @param top the panel's first row in the image
     * @param size the panel's side in image pixels
     */
    static Outlines of(LabelImage mask, List<Cell> cells, Set<CellRef> motherLine, Set<CellRef> descendants, int left,
            int top, int size) {
        int[] roleOfLabel = new int[mask.cells().size()];
        Set<CellRef> outlined = new HashSet<>();
        for (Cell c : cells) {
            int role = motherLine.contains(c.ref()) ? MOTHER : descendants.contains(c.ref()) ? DAUGHTER : NONE;
            int label = role == NONE ? -1 : mask.indexOf(c);
            if (label >= 0) {
                roleOfLabel[label] = role;
                outlined.add(c.ref());
            }
        }
        int[] labels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                labels[y * size + x] = mask.cellAt(left + x, top + y);
            }
        }
        return new Outlines(labels, roleOfLabel, size, outlined);
    }

    /** Whether cell {@code c} got an outline (else it is circled as without a segmentation). */
    boolean outlines(CellRef c) {
        return outlined.contains(c);
    }

    /**
     * Draws every outlined cell's boundary pixels (those with a 4-neighbour in the panel outside the
     * cell), each {@code zoom} strip pixels wide, into the panel whose top left corner is at (ox, oy).
     */
    void draw(Graphics2D g, int ox, int oy, int zoom, Color mother, Color daughter) {
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int label = labels[y * size + x];
                int role = label < 0 ? NONE : roleOfLabel[label];
                if (role != NONE && isBoundary(x, y, label)) {
                    g.setColor(role == MOTHER ? mother : daughter);
                    g.fillRect(ox + x * zoom, oy + y * zoom, zoom, zoom);
                }
            }
        }
    }

    private boolean isBoundary(int x, int y, int label) {
        return x > 0 && labels[y * size + x - 1] != label || x < size - 1 && labels[y * size + x + 1] != label
                || y > 0 && labels[(y - 1) * size + x] != label || y < size - 1 && labels[(y + 1) * size + x] != label;
    }
}
