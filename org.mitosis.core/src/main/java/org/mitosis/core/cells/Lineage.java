package org.mitosis.core.cells;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cells and the links between them: a tracking result or an annotation. Each cell has at most one
 * predecessor; a cell with two or more successors is a division.
 *
 * <p>Immutable. Successor and predecessor lookups are O(1).
 */
public final class Lineage {

    private final CellSequence cells;
    private final List<Link> links;
    private final Map<CellRef, List<CellRef>> successors;
    private final Map<CellRef, CellRef> predecessors;

    /**
     * @throws IllegalArgumentException if a link names a cell the sequence lacks, or a cell has two
     *         predecessors
     */
    public Lineage(CellSequence cells, Collection<Link> links) {
        this.cells = cells;
        List<Link> sorted = new ArrayList<>(links);
        sorted.sort(Comparator.comparing(Link::source).thenComparing(Link::target));
        this.links = Collections.unmodifiableList(sorted);
        Map<CellRef, List<CellRef>> succ = new HashMap<>();
        Map<CellRef, CellRef> pred = new HashMap<>();
        for (Link l : sorted) {
            if (!cells.contains(l.source()) || !cells.contains(l.target())) {
                throw new IllegalArgumentException("link from " + l.source() + " to " + l.target()
                        + " names a cell that does not exist");
            }
            CellRef old = pred.put(l.target(), l.source());
            if (old != null) {
                throw new IllegalArgumentException(l.target() + " has two predecessors: " + old + " and " + l.source());
            }
            succ.computeIfAbsent(l.source(), k -> new ArrayList<>(2)).add(l.target());
        }
        succ.replaceAll((k, v) -> List.copyOf(v));
        this.successors = succ;
        this.predecessors = pred;
    }

    /** Cells without any link. */
    public static Lineage unlinked(CellSequence cells) {
        return new Lineage(cells, List.of());
    }

    /**
     * The lineage of an annotation in which a cell's id is its track id (Cell Tracking Challenge
     * style): consecutive cells of one track are linked, and a track's first cell is linked from
     * the last cell of its parent track. A parent that has no cell in the sequence (it ended before
     * the first frame) gives no link.
     *
     * @param parents parent track id of each track that has one
     */
    public static Lineage fromTrackIds(CellSequence cells, Map<Integer, Integer> parents) {
        Map<Integer, List<CellRef>> tracks = new HashMap<>();
        cells.cells().forEach(c -> tracks.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c.ref()));
        List<Link> links = new ArrayList<>();
        for (List<CellRef> track : tracks.values()) {
            for (int i = 1; i < track.size(); i++) {
                links.add(new Link(track.get(i - 1), track.get(i)));
            }
        }
        for (Map.Entry<Integer, List<CellRef>> e : tracks.entrySet()) {
            Integer parent = parents.get(e.getKey());
            List<CellRef> parentTrack = parent == null ? null : tracks.get(parent);
            if (parentTrack == null) {
                continue;
            }
            CellRef first = e.getValue().get(0);
            CellRef last = null;
            for (CellRef r : parentTrack) {
                if (r.frame() < first.frame()) {
                    last = r;
                }
            }
            if (last != null) {
                links.add(new Link(last, first));
            }
        }
        return new Lineage(cells, links);
    }

    public CellSequence cells() {
        return cells;
    }

    /** All links, sorted by source then target. */
    public List<Link> links() {
        return links;
    }

    /** The cells that {@code cell} continues as or divides into; empty if none. */
    public List<CellRef> successors(CellRef cell) {
        return successors.getOrDefault(cell, List.of());
    }

    public Optional<CellRef> predecessor(CellRef cell) {
        return Optional.ofNullable(predecessors.get(cell));
    }

    /** Parents of divisions: cells with two or more successors, in frame order. */
    public List<CellRef> divisions() {
        List<CellRef> out = new ArrayList<>();
        successors.forEach((k, v) -> {
            if (v.size() >= 2) {
                out.add(k);
            }
        });
        Collections.sort(out);
        return out;
    }

    /** The same lineage over its cells without features of their own (positions only). */
    public Lineage withoutFeatures() {
        return cells.featureCount() == 0 ? this : new Lineage(cells.withoutFeatures(), links);
    }

    /** The lineage within frames {@code first..last}: links leaving the range are dropped. */
    public Lineage frames(int first, int last) {
        CellSequence sub = cells.frames(first, last);
        List<Link> kept = new ArrayList<>();
        for (Link l : links) {
            if (sub.contains(l.source()) && sub.contains(l.target())) {
                kept.add(l);
            }
        }
        return new Lineage(sub, kept);
    }

    /**
     * Tracks as in the Cell Tracking Challenge: a track runs while each cell has exactly one
     * successor; a division ends it and starts one track per daughter, with the ended track as
     * parent. Ids are 1, 2, ... in order of the tracks' first cells.
     */
    public List<Track> tracks() {
        List<CellRef> starts = new ArrayList<>();
        cells.cells().forEach(c -> {
            CellRef p = predecessors.get(c.ref());
            if (p == null || successors(p).size() >= 2) {
                starts.add(c.ref());
            }
        });
        Collections.sort(starts);
        Map<CellRef, Integer> trackOfLastCell = new HashMap<>();
        Map<CellRef, Integer> idOfStart = new HashMap<>();
        for (int i = 0; i < starts.size(); i++) {
            idOfStart.put(starts.get(i), i + 1);
        }
        List<Track> out = new ArrayList<>(starts.size());
        for (CellRef start : starts) {
            List<CellRef> chain = new ArrayList<>();
            CellRef c = start;
            chain.add(c);
            while (successors(c).size() == 1) {
                c = successors(c).get(0);
                chain.add(c);
            }
            int id = idOfStart.get(start);
            trackOfLastCell.put(c, id);
            out.add(new Track(id, 0, chain));
        }
        List<Track> withParents = new ArrayList<>(out.size());
        for (Track t : out) {
            CellRef p = predecessors.get(t.cells().get(0));
            int parent = p == null ? 0 : trackOfLastCell.get(p);
            withParents.add(new Track(t.id(), parent, t.cells()));
        }
        return withParents;
    }

    @Override
    public String toString() {
        return "Lineage[" + cells + ", " + links.size() + " links, " + divisions().size() + " divisions]";
    }
}
