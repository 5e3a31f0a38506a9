package org.mitosis.core.eval;

import org.mitosis.core.cells.CellRef;

/**
 * How one division fared in an evaluation: a result's division matched to the truth's (found), a
 * result's division with no match (false), or a truth division with none (missed).
 *
 * @param kind which of the three
 * @param result the result's dividing cell, or null where missed
 * @param truth the truth's dividing cell, or null where false
 */
public record DivisionOutcome(Kind kind, CellRef result, CellRef truth) {

    /** The three outcomes. */
    public enum Kind {
        /** A result's division matched to one of the truth's. */
        FOUND,
        /** A result's division that matches none of the truth's. */
        FALSE,
        /** A truth division that no result division matches. */
        MISSED;

        /** For people: "found", "false", "missed". */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
