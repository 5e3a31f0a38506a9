package org.mitosis.core.cycles;

import java.util.Locale;
import java.util.OptionalInt;

import org.mitosis.core.cells.Track;

/**
 * One track of a lineage, with its generation and how it began and ended (definitions in the
 * package documentation).
 *
 * @param track the track, with the id and parent id of {@code Lineage.tracks()}
 * @param generation 0 for a track without a parent, its parent's generation + 1 otherwise
 * @param beginning how the track began
 * @param ending how the track ended
 */
public record TrackCycle(Track track, int generation, Beginning beginning, Ending ending) {

    /** How a track began. */
    public enum Beginning {
        /** At a division of its parent track. */
        BORN,
        /** Without a parent, in the lineage's first frame: born before the movie. */
        IN_FIRST_FRAME,
        /** Without a parent, after the first frame: entered the field of view, or was found again. */
        APPEARED;

        /** The lower-case name used in tables, for example {@code in_first_frame}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a track ended. */
    public enum Ending {
        /** Its last cell has two or more successors. */
        DIVIDED,
        /** Still present in the lineage's last frame. */
        IN_LAST_FRAME,
        /** Before the last frame, without dividing: left the field of view, died, or was lost. */
        VANISHED;

        /** The lower-case name used in tables, for example {@code in_last_frame}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Frames the track spans, first to last inclusive (a closed gap counts). */
    public int frames() {
        return track.endFrame() - track.startFrame() + 1;
    }

    /** Whether the cell was seen from its birth to its own division. */
    public boolean complete() {
        return beginning == Beginning.BORN && ending == Ending.DIVIDED;
    }

    /** The cell cycle length in frames, for a {@linkplain #complete() complete} cycle only. */
    public OptionalInt cycleFrames() {
        return complete() ? OptionalInt.of(frames()) : OptionalInt.empty();
    }
}
