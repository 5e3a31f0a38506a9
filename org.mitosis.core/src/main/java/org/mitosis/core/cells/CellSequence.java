package org.mitosis.core.cells;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The cells of a time-lapse, grouped by frame. Frames run contiguously from {@link #firstFrame()}
 * to {@link #lastFrame()}; any of them may hold no cell, or thousands.
 *
 * <p>Immutable. Lookup by {@link CellRef} is O(1); {@link #cellsIn(int)} returns the frame's cells
 * in ascending id order without copying.
 */
public final class CellSequence {

    private final int firstFrame;
    private final List<List<Cell>> frames;
    private final Map<CellRef, Cell> byRef;
    private final int size;

    private CellSequence(int firstFrame, List<List<Cell>> frames, Map<CellRef, Cell> byRef) {
        this.firstFrame = firstFrame;
        this.frames = frames;
        this.byRef = byRef;
        this.size = byRef.size();
    }

    /**
     * A sequence spanning exactly the frames that hold the given cells (empty frames in between are
     * kept).
     *
     * @throws IllegalArgumentException if two cells share a frame and an id, or feature vectors
     *         differ in length
     */
    public static CellSequence of(Collection<Cell> cells) {
        int first = cells.stream().mapToInt(Cell::frame).min().orElse(0);
        int last = cells.stream().mapToInt(Cell::frame).max().orElse(-1);
        return of(cells, first, last);
    }

    /**
     * A sequence spanning frames {@code first..last} (inclusive), which may be wider than the
     * cells' frames.
     *
     * @throws IllegalArgumentException if a cell lies outside the range, two cells share a frame
     *         and an id, or feature vectors differ in length
     */
    public static CellSequence of(Collection<Cell> cells, int first, int last) {
        if (last < first - 1) {
            throw new IllegalArgumentException("frame range " + first + "-" + last + " is empty");
        }
        List<List<Cell>> frames = new ArrayList<>(last - first + 1);
        for (int f = first; f <= last; f++) {
            frames.add(new ArrayList<>());
        }
        Map<CellRef, Cell> byRef = new HashMap<>(cells.size() * 2);
        int features = -1;
        for (Cell c : cells) {
            if (c.frame() < first || c.frame() > last) {
                throw new IllegalArgumentException(c + " lies outside frames " + first + "-" + last);
            }
            if (byRef.putIfAbsent(c.ref(), c) != null) {
                throw new IllegalArgumentException("two cells with id " + c.id() + " in frame " + c.frame());
            }
            if (features < 0 && c.featureCount() > 0) {
                features = c.featureCount();
            }
            if (c.featureCount() > 0 && c.featureCount() != features) {
                throw new IllegalArgumentException(c + " has " + c.featureCount() + " features, others have " + features);
            }
            frames.get(c.frame() - first).add(c);
        }
        List<List<Cell>> frozen = new ArrayList<>(frames.size());
        for (List<Cell> f : frames) {
            f.sort((a, b) -> Integer.compare(a.id(), b.id()));
            frozen.add(Collections.unmodifiableList(f));
        }
        return new CellSequence(first, Collections.unmodifiableList(frozen), byRef);
    }

    /** First frame index (0 for an empty sequence). */
    public int firstFrame() {
        return firstFrame;
    }

    /** Last frame index, inclusive ({@code firstFrame() - 1} for an empty sequence). */
    public int lastFrame() {
        return firstFrame + frames.size() - 1;
    }

    public int frameCount() {
        return frames.size();
    }

    /** Total number of cells. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The cells of {@code frame} in ascending id order; empty outside the sequence's frames. */
    public List<Cell> cellsIn(int frame) {
        int i = frame - firstFrame;
        return i < 0 || i >= frames.size() ? List.of() : frames.get(i);
    }

    /** All cells, frame by frame. */
    public Stream<Cell> cells() {
        return frames.stream().flatMap(List::stream);
    }

    public Optional<Cell> find(CellRef ref) {
        return Optional.ofNullable(byRef.get(ref));
    }

    /**
     * @throws IllegalArgumentException if the sequence has no such cell
     */
    public Cell get(CellRef ref) {
        Cell c = byRef.get(ref);
        if (c == null) {
            throw new IllegalArgumentException("no " + ref);
        }
        return c;
    }

    public boolean contains(CellRef ref) {
        return byRef.containsKey(ref);
    }

    /** Length of the cells' feature vectors (0 when they have none). */
    public int featureCount() {
        return cells().mapToInt(Cell::featureCount).max().orElse(0);
    }

    /** The frames {@code first..last} (inclusive), clipped to this sequence's frames. */
    public CellSequence frames(int first, int last) {
        int a = Math.max(first, firstFrame);
        int b = Math.min(last, lastFrame());
        List<Cell> kept = new ArrayList<>();
        for (int f = a; f <= b; f++) {
            kept.addAll(cellsIn(f));
        }
        return b < a ? of(List.of()) : of(kept, a, b);
    }

    /**
     * The same positions and features under fresh ids 1..n, unique in the whole sequence, in
     * frame order. Used where a result must not carry the input's identities.
     */
    public CellSequence renumbered() {
        List<Cell> out = new ArrayList<>(size);
        int next = 1;
        for (List<Cell> frame : frames) {
            for (Cell c : frame) {
                out.add(c.withId(c.frame(), next++));
            }
        }
        return of(out, firstFrame, lastFrame());
    }

    /**
     * The same cells (ids, frames, features) with every position times {@code factor}: the geometry
     * of the movie at another magnification.
     *
     * @throws IllegalArgumentException unless {@code factor} is finite and {@code > 0}
     */
    public CellSequence scaled(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("scale factor must be finite and > 0, got " + factor);
        }
        List<Cell> out = new ArrayList<>(size);
        cells().forEach(c -> out.add(c.scaled(factor)));
        return of(out, firstFrame, lastFrame());
    }

    /**
     * The same cells without their own feature vectors (positions only): for a method, or a
     * comparison, that must not see a detector's shape features.
     */
    public CellSequence withoutFeatures() {
        if (featureCount() == 0) {
            return this;
        }
        List<Cell> out = new ArrayList<>(size);
        cells().forEach(c -> out.add(c.withFeatures(new double[0])));
        return of(out, firstFrame, lastFrame());
    }

    @Override
    public String toString() {
        return "CellSequence[frames " + firstFrame + "-" + lastFrame() + ", " + size + " cells]";
    }
}
