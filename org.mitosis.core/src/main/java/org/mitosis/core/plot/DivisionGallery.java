package org.mitosis.core.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.GrayImage;
import org.mitosis.core.io.LabelImage;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * Draws every division of a lineage as a strip of image crops, for checking divisions by eye: the
 * frames from {@link GallerySettings#framesBefore()} before the mother's last frame to
 * {@link GallerySettings#framesAfter()} after it, side by side, each a square around the mother's
 * position (the same square in every frame, so movement shows). The mother's line (her and her
 * predecessors) is circled in cyan, her daughters and their successors in red, every other cell
 * is a green dot: a false division shows as a red circle on no cell, or on a neighbour. Cells that
 * came from a segmentation are outlined along their labels instead of circled ({@link Outlines}).
 *
 * <p>All crops of a strip share one contrast stretch (0.5th to 99.5th percentile of their pixels),
 * so that a cell brightening as it rounds up for mitosis shows as brighter; a frame outside the
 * movie, or image outside the frame, is dark gray. Pixels are shown as squares of
 * {@link GallerySettings#zoom()} screen pixels, not smoothed.
 *
 * <p>Each frame is read once whatever the number of divisions in it, and only the crops are
 * kept: memory O(divisions × panels × crop²), time O(frames read + cells in the shown frames).
 */
public final class DivisionGallery {

    private static final Color MOTHER_LINE = new Color(0, 210, 255);
    private static final Color DAUGHTER_LINE = new Color(255, 50, 50);
    private static final Color OTHER = new Color(90, 230, 90);
    private static final Color NO_IMAGE = new Color(60, 60, 60);
    private static final Color BACKGROUND = new Color(25, 25, 25);
    private static final int CAPTION = 18;
    private static final int GAP = 4;
    /** Share of the progress for reading frames; drawing and encoding the strips take the rest. */
    private static final double READING = 0.7;
    /** Marks a crop pixel outside the image. */
    private static final int OUTSIDE = -1;

    private final GallerySettings settings;

    /**
     * @throws IllegalArgumentException listing every invalid setting
     */
    public DivisionGallery(GallerySettings settings) {
        this.settings = settings.validate();
    }

    /**
     * A division to draw: a dividing cell of a lineage, what to call it, and which cells to dot.
     *
     * @param lineage the lineage the mother belongs to (her track and her daughters', circled)
     * @param mother the dividing cell, in her last frame
     * @param label written before the strip's caption; empty for none
     * @param dots the cells drawn as dots: the lineage's own, or another's (a truth division the
     *        result missed, dotted with the result's cells, shows what the result saw there)
     */
    public record Subject(Lineage lineage, CellRef mother, String label, CellSequence dots) {

        /** A division of {@code lineage}, dotted with its own cells. */
        public Subject(Lineage lineage, CellRef mother, String label) {
            this(lineage, mother, label, lineage.cells());
        }
    }

    /** Every division of {@code lineage}, unlabelled and dotted with its own cells, in {@link Lineage#divisions()} order. */
    public static List<Subject> divisionsOf(Lineage lineage) {
        return lineage.divisions().stream().map(m -> new Subject(lineage, m, "")).toList();
    }

    /**
     * One strip per subject, in the given order; the subjects may come from several lineages over the
     * same movie (a result's divisions and a truth's), and each frame is still read once. Where the
     * cells came from a segmentation, the mother and her daughters are outlined along their labels in
     * {@code masks} (found by position, {@link LabelImage#indexOf}) instead of circled.
     *
     * @param frameCount number of frames in the movie; frames are 0-based, as the cells' frames
     * @param frames reads frame {@code f} of the movie, {@code 0 <= f < frameCount}
     * @param masks reads the label mask of frame {@code f}, as {@code frames} reads its image; empty
     *        where the cells came from no segmentation
     * @throws IllegalArgumentException when a division lies outside the movie's frames or outside
     *         its frame's image: these are not the images the cells were found in
     * @throws org.mitosis.core.monitor.CanceledException when the monitor cancels
     */
    public List<DivisionStrip> draw(List<Subject> subjects, int frameCount, IntFunction<GrayImage> frames,
            Optional<IntFunction<LabelImage>> masks, ProgressMonitor monitor) {
        TreeMap<Integer, List<int[]>> wanted = new TreeMap<>();
        List<Set<CellRef>> motherLines = new ArrayList<>();
        List<Set<CellRef>> descendants = new ArrayList<>();
        for (int d = 0; d < subjects.size(); d++) {
            Subject subject = subjects.get(d);
            int first = subject.mother().frame() - settings.framesBefore();
            motherLines.add(motherLine(subject.lineage(), subject.mother(), first));
            descendants.add(descendants(subject.lineage(), subject.mother(), first + settings.panels() - 1));
            CellRef m = subjects.get(d).mother();
            if (m.frame() < 0 || m.frame() >= frameCount) {
                throw new IllegalArgumentException("cell " + m.id() + " divides in frame " + m.frame() + ", but the images have "
                        + frameCount + " frames (0-" + (frameCount - 1) + "): are these the images the cells were found in?");
            }
            for (int p = 0; p < settings.panels(); p++) {
                int f = m.frame() - settings.framesBefore() + p;
                if (f >= 0 && f < frameCount) {
                    wanted.computeIfAbsent(f, k -> new ArrayList<>()).add(new int[] {d, p});
                }
            }
        }
        int[][][] crops = new int[subjects.size()][settings.panels()][];
        Outlines[][] outlines = new Outlines[subjects.size()][settings.panels()];
        int read = 0;
        for (var entry : wanted.entrySet()) {
            monitor.checkCanceled();
            int f = entry.getKey();
            GrayImage image = frames.apply(f);
            LabelImage mask = masks.map(m -> m.apply(f)).orElse(null);
            for (int[] need : entry.getValue()) {
                int d = need[0];
                Subject subject = subjects.get(d);
                Cell mother = subject.lineage().cells().get(subject.mother());
                if (f == mother.frame()) {
                    requireInside(mother, image);
                }
                crops[d][need[1]] = crop(image, mother);
                if (mask != null) {
                    outlines[d][need[1]] = Outlines.of(mask, subject.lineage().cells().cellsIn(f), motherLines.get(d),
                            descendants.get(d), left(mother), top(mother), settings.cropSize());
                }
            }
            read++;
            monitor.setProgress(READING * read / wanted.size(), "cropped frame " + f);
        }
        List<DivisionStrip> strips = new ArrayList<>(subjects.size());
        for (int d = 0; d < subjects.size(); d++) {
            monitor.checkCanceled();
            Subject subject = subjects.get(d);
            Cell m = subject.lineage().cells().get(subject.mother());
            strips.add(new DivisionStrip(subject.mother(), m.x(), m.y(), subject.lineage().successors(subject.mother()),
                    subject.label(), PngImages.encode(render(subject, crops[d], outlines[d], motherLines.get(d),
                            descendants.get(d)))));
            monitor.setProgress(READING + (1 - READING) * (d + 1) / subjects.size(), "drew division " + (d + 1) + " of "
                    + subjects.size());
        }
        return strips;
    }

    private static void requireInside(Cell mother, GrayImage image) {
        if (mother.x() < -0.5 || mother.y() < -0.5 || mother.x() > image.width() - 0.5 || mother.y() > image.height() - 0.5) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "cell %d divides at (%.1f, %.1f) in frame %d, outside that frame's %dx%d px image: are these the images "
                    + "the cells were found in?", mother.id(), mother.x(), mother.y(), mother.frame(), image.width(), image.height()));
        }
    }

    private int left(Cell mother) {
        return (int) Math.round(mother.x()) - settings.cropSize() / 2;
    }

    private int top(Cell mother) {
        return (int) Math.round(mother.y()) - settings.cropSize() / 2;
    }

    private int[] crop(GrayImage image, Cell mother) {
        int s = settings.cropSize();
        int x0 = left(mother);
        int y0 = top(mother);
        int[] out = new int[s * s];
        for (int y = 0; y < s; y++) {
            for (int x = 0; x < s; x++) {
                int ix = x0 + x;
                int iy = y0 + y;
                boolean inside = ix >= 0 && iy >= 0 && ix < image.width() && iy < image.height();
                out[y * s + x] = inside ? image.value(ix, iy) : OUTSIDE;
            }
        }
        return out;
    }

    private BufferedImage render(Subject subject, int[][] crops, Outlines[] outlines, Set<CellRef> motherLine,
            Set<CellRef> descendants) {
        Lineage lineage = subject.lineage();
        CellRef motherRef = subject.mother();
        Cell mother = lineage.cells().get(motherRef);
        int s = settings.cropSize();
        int zoom = settings.zoom();
        int side = s * zoom;
        BufferedImage image = new BufferedImage(settings.panels() * side + (settings.panels() - 1) * GAP, CAPTION + side,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        int[] stretch = stretch(crops);
        int first = motherRef.frame() - settings.framesBefore();
        for (int p = 0; p < crops.length; p++) {
            int ox = p * (side + GAP);
            paint(image, crops[p], ox, stretch);
            if (outlines[p] != null) {
                outlines[p].draw(g, ox, CAPTION, zoom, MOTHER_LINE, DAUGHTER_LINE);
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int f = first + p;
            // Dotted with its own cells (the record's default), the circled ones are not dotted again.
            boolean own = subject.dots() == lineage.cells();
            for (Cell c : subject.dots().cellsIn(f)) {
                if (!own || !(motherLine.contains(c.ref()) || descendants.contains(c.ref()))) {
                    mark(g, null, c, ox, mother, side);
                }
            }
            for (Cell c : lineage.cells().cellsIn(f)) {
                boolean outlined = outlines[p] != null && outlines[p].outlines(c.ref());
                if (!outlined && (motherLine.contains(c.ref()) || descendants.contains(c.ref()))) {
                    mark(g, motherLine.contains(c.ref()) ? MOTHER_LINE : DAUGHTER_LINE, c, ox, mother, side);
                }
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setClip(ox, CAPTION, side, side);
            // Each daughter numbered as the page lists her, so that a reader can say which one the mother is.
            List<CellRef> daughters = lineage.successors(motherRef);
            for (int i = 0; i < daughters.size(); i++) {
                Cell d = lineage.cells().get(daughters.get(i));
                if (d.frame() == f) {
                    int[] at = screen(d, ox, mother);
                    int r = radius();
                    label(g, String.valueOf(i + 1), at[0] + r * 3 / 4, at[1] - r * 3 / 4);
                }
            }
            label(g, "frame " + f + (crops[p] == null ? " (none)" : ""), ox + 3, CAPTION + 13);
            g.setClip(null);
        }
        g.setColor(Color.WHITE);
        g.drawString(String.format(Locale.ROOT, "%scell %d, frame %d, (%.0f, %.0f): %d daughters",
                subject.label().isEmpty() ? "" : subject.label().toUpperCase(Locale.ROOT) + ": ", mother.id(), mother.frame(),
                mother.x(), mother.y(), lineage.successors(motherRef).size()), 3, 13);
        g.dispose();
        return image;
    }

    /** A circle in {@code colour}, or a green dot where it is null, at cell {@code c} if it lies in the panel. */
    private void mark(Graphics2D g, Color colour, Cell c, int ox, Cell mother, int side) {
        int[] at = screen(c, ox, mother);
        if (at[0] < ox || at[1] < CAPTION || at[0] >= ox + side || at[1] >= CAPTION + side) {
            return;
        }
        if (colour != null) {
            g.setColor(colour);
            g.setStroke(new BasicStroke(2f));
            int r = radius();
            g.drawOval(at[0] - r, at[1] - r, 2 * r, 2 * r);
        } else {
            g.setColor(OTHER);
            g.fillOval(at[0] - 2, at[1] - 2, 5, 5);
        }
    }

    /** Where cell {@code c} lies in the panel that starts at column {@code ox}, in the strip's pixels. */
    private int[] screen(Cell c, int ox, Cell mother) {
        int zoom = settings.zoom();
        return new int[] {(int) Math.round(ox + (c.x() - left(mother)) * zoom + zoom / 2.0),
            (int) Math.round(CAPTION + (c.y() - top(mother)) * zoom + zoom / 2.0)};
    }

    /** Radius of the circles around the mother and her daughters, in the strip's pixels. */
    private int radius() {
        return (int) Math.round(Math.max(3, settings.cropSize() * settings.zoom() / 10.0));
    }

    private static void label(Graphics2D g, String text, int x, int y) {
        g.setColor(Color.BLACK);
        g.drawString(text, x + 1, y + 1);
        g.setColor(Color.YELLOW);
        g.drawString(text, x, y);
    }

    private void paint(BufferedImage image, int[] crop, int ox, int[] stretch) {
        int s = settings.cropSize();
        int zoom = settings.zoom();
        double range = Math.max(1, stretch[1] - stretch[0]);
        for (int y = 0; y < s * zoom; y++) {
            for (int x = 0; x < s * zoom; x++) {
                int v = crop == null ? OUTSIDE : crop[(y / zoom) * s + x / zoom];
                int rgb;
                if (v == OUTSIDE) {
                    rgb = NO_IMAGE.getRGB();
                } else {
                    int gray = (int) Math.round(255 * Math.max(0, Math.min(1, (v - stretch[0]) / range)));
                    rgb = (gray << 16) | (gray << 8) | gray;
                }
                image.setRGB(ox + x, CAPTION + y, rgb);
            }
        }
    }

    /** The 0.5th and 99.5th percentile of the crops' pixels inside the image (min and max if they coincide). */
    private static int[] stretch(int[][] crops) {
        int n = 0;
        for (int[] c : crops) {
            n += c == null ? 0 : c.length;
        }
        int[] all = new int[n];
        int k = 0;
        for (int[] c : crops) {
            if (c != null) {
                for (int v : c) {
                    if (v != OUTSIDE) {
                        all[k++] = v;
                    }
                }
            }
        }
        if (k == 0) {
            return new int[] {0, 1};
        }
        int[] values = Arrays.copyOf(all, k);
        Arrays.sort(values);
        int lo = values[(int) (0.005 * (k - 1))];
        int hi = values[(int) Math.ceil(0.995 * (k - 1))];
        return hi > lo ? new int[] {lo, hi} : new int[] {values[0], values[k - 1]};
    }

    /** The mother and her predecessors from frame {@code first} on. */
    private static Set<CellRef> motherLine(Lineage lineage, CellRef mother, int first) {
        Set<CellRef> out = new HashSet<>();
        for (CellRef c = mother; c != null && c.frame() >= first; c = lineage.predecessor(c).orElse(null)) {
            out.add(c);
        }
        return out;
    }

    /** Every successor of the mother, at any depth, up to frame {@code last}. */
    private static Set<CellRef> descendants(Lineage lineage, CellRef mother, int last) {
        Set<CellRef> out = new HashSet<>();
        Deque<CellRef> todo = new ArrayDeque<>(lineage.successors(mother));
        while (!todo.isEmpty()) {
            CellRef c = todo.pop();
            if (c.frame() <= last && out.add(c)) {
                todo.addAll(lineage.successors(c));
            }
        }
        return out;
    }
}
