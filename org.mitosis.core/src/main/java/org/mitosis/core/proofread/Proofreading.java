package org.mitosis.core.proofread;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;

/** Applies a reader's verdicts on divisions to a result (package documentation). */
public final class Proofreading {

    private Proofreading() {
    }

    /**
     * Checks a sheet's verdicts one at a time, as a reader of the sheet meets them, so that a front end can
     * say where an unfit one stands (a file's line, a table's row). Not thread-safe.
     */
    public static final class Sheet {

        private final Lineage result;
        private final Map<CellRef, String> placeOfMother = new HashMap<>();

        /** A sheet of verdicts on {@code result}'s divisions. */
        public Sheet(Lineage result) {
            this.result = result;
        }

        /**
         * What makes {@code verdict} unfit, if anything: what {@link Proofreading#problem} finds, or an
         * earlier verdict on the same mother.
         *
         * @param at where the verdict stands ({@code line 4}), named when a later one repeats its mother
         */
        public Optional<String> problem(DivisionVerdict verdict, String at) {
            Optional<String> unfit = Proofreading.problem(result, verdict);
            if (unfit.isPresent()) {
                return unfit;
            }
            String earlier = placeOfMother.putIfAbsent(verdict.mother(), at);
            return earlier == null ? Optional.empty()
                    : Optional.of("a second verdict on " + verdict.mother() + ", the first is on " + earlier);
        }
    }

    /**
     * What makes {@code verdict} unfit for {@code result}, if anything: its mother is not a cell of the
     * result, does not divide there, or divides into other cells than the verdict names (a verdict
     * saved from another result's gallery), or the continuation it names is none of her daughters.
     */
    public static Optional<String> problem(Lineage result, DivisionVerdict verdict) {
        CellRef mother = verdict.mother();
        if (!result.cells().contains(mother)) {
            return Optional.of("the result has no " + mother);
        }
        List<CellRef> successors = result.successors(mother);
        if (successors.size() < 2) {
            return Optional.of(mother + " does not divide in the result (" + successors.size() + " successor"
                    + (successors.size() == 1 ? "" : "s") + ")");
        }
        if (!new HashSet<>(successors).equals(new HashSet<>(verdict.daughters()))
                || successors.size() != verdict.daughters().size()) {
            return Optional.of(mother + " divides into " + refs(successors) + " in the result, not into "
                    + refs(verdict.daughters()) + ": the verdicts belong to another result");
        }
        Optional<CellRef> continuation = verdict.continuesAs();
        if (continuation.isPresent() && !successors.contains(continuation.get())) {
            return Optional.of(mother + " cannot continue as " + refs(List.of(continuation.get()))
                    + ", which is not one of her daughters " + refs(successors));
        }
        return Optional.empty();
    }

    /**
     * The result with every rejected division undone: the mother keeps the daughter the reader named,
     * or else the one nearest to her (the lower id on a tie); the others lose their link to her.
     * Confirmed divisions and divisions without a verdict stay.
     *
     * @throws IllegalArgumentException naming the verdict (by its place, from 1), where one is unfit
     *         ({@link Sheet#problem})
     */
    public static ReviewedLineage apply(Lineage result, Collection<DivisionVerdict> verdicts) {
        Map<CellRef, DivisionVerdict> byMother = new HashMap<>();
        Sheet sheet = new Sheet(result);
        int place = 0;
        for (DivisionVerdict v : verdicts) {
            String at = "verdict " + ++place;
            sheet.problem(v, at).ifPresent(p -> {
                throw new IllegalArgumentException(at + ": " + p);
            });
            byMother.put(v.mother(), v);
        }
        List<CellRef> confirmed = new ArrayList<>();
        List<CellRef> rejected = new ArrayList<>();
        List<CellRef> unreviewed = new ArrayList<>();
        Set<Link> undone = new HashSet<>();
        List<CellRef> detached = new ArrayList<>();
        for (CellRef mother : result.divisions()) {
            DivisionVerdict v = byMother.get(mother);
            if (v == null) {
                unreviewed.add(mother);
            } else if (v.real()) {
                confirmed.add(mother);
            } else {
                rejected.add(mother);
                CellRef continuation = v.continuesAs().orElseGet(() -> nearest(result, mother));
                for (CellRef d : result.successors(mother)) {
                    if (!d.equals(continuation)) {
                        undone.add(new Link(mother, d));
                        detached.add(d);
                    }
                }
            }
        }
        List<Link> kept = result.links().stream().filter(l -> !undone.contains(l)).toList();
        detached.sort(null);
        return new ReviewedLineage(new Lineage(result.cells(), kept), confirmed, rejected, detached, unreviewed);
    }

    /**
     * The daughter nearest to the mother (the lower id on a tie). Averaging a few frames of each track
     * (to smooth a detector's jitter) chose worse, as did the mother's position moved on by her last
     * step: on F0009 with simulated detection errors (3 draws), the nearest daughter was the mother's
     * true continuation in 31 of 42 false divisions of the shipped GNN-DOL and 38 of 43 of the LAP,
     * the nearest over 3 frames' mean positions in 25 and 34, the nearest to the extrapolated mother in
     * 29 and 38.
     */
    private static CellRef nearest(Lineage result, CellRef mother) {
        Cell m = result.cells().get(mother);
        return result.successors(mother).stream()
                .min(Comparator.<CellRef>comparingDouble(d -> m.distanceTo(result.cells().get(d)))
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
    }

    private static String refs(List<CellRef> cells) {
        return cells.stream().sorted().map(c -> c.frame() + ":" + c.id()).toList().toString();
    }
}
