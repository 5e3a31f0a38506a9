package org.mitosis.core.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Track;
import org.mitosis.core.io.GrayImage;

/**
 * Draws lineages. {@link #tree(Lineage)}: time runs left to right, each track is a horizontal line
 * in its own row, rows in depth-first order so that daughters sit below their parent, and each
 * division is a red dot joined to its daughters' rows. {@link #overlay(GrayImage, Lineage, int)}:
 * one frame's cells as circles on the frame's image, with the cells that divide in that frame (or
 * were just born from a division) in red.
 */
public final class LineagePlot {

    private static final Color DIVISION = new Color(220, 30, 30);
    private static final Color TRACK = new Color(40, 90, 180);
    private static final int MARGIN = 20;

    private final LineagePlotSettings settings;

    public LineagePlot(LineagePlotSettings settings) {
        this.settings = settings.validate();
    }

    /** The lineage tree as PNG bytes. O(tracks + cells). */
    public byte[] tree(Lineage lineage) {
        BufferedImage image = new BufferedImage(settings.width(), settings.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        List<Track> rows = depthFirst(lineage.tracks());
        int first = lineage.cells().firstFrame();
        int frames = Math.max(1, lineage.cells().frameCount() - 1);
        double dx = (settings.width() - 2.0 * MARGIN) / frames;
        double dy = (settings.height() - 2.0 * MARGIN) / Math.max(1, rows.size());
        Map<Integer, Integer> rowOf = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            rowOf.put(rows.get(r).id(), r);
        }
        g.setStroke(new BasicStroke((float) Math.max(0.5, Math.min(2, dy * 0.6))));
        for (int r = 0; r < rows.size(); r++) {
            Track t = rows.get(r);
            double y = MARGIN + (r + 0.5) * dy;
            g.setColor(TRACK);
            g.drawLine(x(t.startFrame(), first, dx), (int) y, x(t.endFrame(), first, dx), (int) y);
            if (t.parent() != 0) {
                double py = MARGIN + (rowOf.get(t.parent()) + 0.5) * dy;
                int px = x(t.startFrame() - 1, first, dx);
                g.setColor(DIVISION);
                g.drawLine(px, (int) py, px, (int) y);
                g.drawLine(px, (int) y, x(t.startFrame(), first, dx), (int) y);
                g.fillOval(px - 3, (int) py - 3, 6, 6);
            }
        }
        g.setColor(Color.DARK_GRAY);
        g.drawString("frames " + first + "-" + lineage.cells().lastFrame() + ", " + rows.size() + " tracks, "
                + lineage.divisions().size() + " divisions", MARGIN, settings.height() - 5);
        g.dispose();
        return PngImages.encode(image);
    }

    /**
     * One frame's cells on its image (scaled to the settings' size), divisions in red.
     *
     * @param background the frame's image, or {@code null} for a white background the size of the
     *        cells' extent
     */
    public byte[] overlay(GrayImage background, Lineage lineage, int frame) {
        List<Cell> cells = lineage.cells().cellsIn(frame);
        double w = background != null ? background.width() : cells.stream().mapToDouble(Cell::x).max().orElse(1) + MARGIN;
        double h = background != null ? background.height() : cells.stream().mapToDouble(Cell::y).max().orElse(1) + MARGIN;
        double scale = Math.min(settings.width() / w, settings.height() / h);
        BufferedImage image = new BufferedImage((int) Math.ceil(w * scale), (int) Math.ceil(h * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        if (background != null) {
            g.drawImage(gray(background), 0, 0, image.getWidth(), image.getHeight(), null);
        }
        int r = (int) Math.max(3, 8 * scale);
        for (Cell c : cells) {
            boolean dividing = lineage.successors(c.ref()).size() >= 2 || justBorn(lineage, c.ref());
            g.setColor(dividing ? DIVISION : Color.GREEN.darker());
            int cx = (int) (c.x() * scale);
            int cy = (int) (c.y() * scale);
            int rr = dividing ? 2 * r : r;
            g.setStroke(new BasicStroke(dividing ? 3f : 1.5f));
            g.drawOval(cx - rr, cy - rr, 2 * rr, 2 * rr);
            if (dividing) {
                g.fillOval(cx - 2, cy - 2, 4, 4);
            }
        }
        g.setColor(Color.YELLOW);
        g.drawString("frame " + frame + ": " + cells.size() + " cells", 5, 15);
        g.dispose();
        return PngImages.encode(image);
    }

    private static boolean justBorn(Lineage lineage, CellRef cell) {
        return lineage.predecessor(cell).map(p -> lineage.successors(p).size() >= 2).orElse(false);
    }

    private static int x(int frame, int first, double dx) {
        return (int) (MARGIN + (frame - first) * dx);
    }

    /** Tracks in depth-first order from the roots, daughters right after their parent. */
    private static List<Track> depthFirst(List<Track> tracks) {
        Map<Integer, List<Track>> children = new HashMap<>();
        List<Track> roots = new ArrayList<>();
        for (Track t : tracks) {
            (t.parent() == 0 ? roots : children.computeIfAbsent(t.parent(), k -> new ArrayList<>())).add(t);
        }
        List<Track> out = new ArrayList<>(tracks.size());
        Deque<Track> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            Track t = stack.pop();
            out.add(t);
            List<Track> kids = children.getOrDefault(t.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return out;
    }

    private static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    private static BufferedImage gray(GrayImage source) {
        BufferedImage img = new BufferedImage(source.width(), source.height(), BufferedImage.TYPE_BYTE_GRAY);
        // Stretch the image's own range: 16-bit microscopy often uses a small part of 0..65535.
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int y = 0; y < source.height(); y++) {
            for (int x = 0; x < source.width(); x++) {
                lo = Math.min(lo, source.value(x, y));
                hi = Math.max(hi, source.value(x, y));
            }
        }
        double range = Math.max(1, hi - lo);
        for (int y = 0; y < source.height(); y++) {
            for (int x = 0; x < source.width(); x++) {
                int v = (int) Math.round(255 * (source.value(x, y) - lo) / range);
                img.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
        return img;
    }
}
