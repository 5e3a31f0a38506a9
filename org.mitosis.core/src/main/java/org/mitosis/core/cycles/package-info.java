/**
 * What a biologist measures from a lineage: each track's place in its family and how it began and
 * ended, the interdivision time (cell cycle length) of every cell observed from its birth to its own
 * division, and the cells, divisions, births, appearances and disappearances of every frame.
 * Entry point {@link org.mitosis.core.cycles.CellCycles#of}.
 *
 * <h2>Definitions</h2>
 * <ul>
 * <li><b>Track</b>: a cell's life between divisions, as {@code Lineage.tracks()} cuts it (the
 * Cell Tracking Challenge's tracks, and the ids of a result folder's {@code res_track.txt}).</li>
 * <li><b>Beginning</b>: <i>born</i> when it starts at a division of its parent track; <i>in first
 * frame</i> when it starts without a parent in the lineage's first frame (its birth is before the
 * movie); <i>appeared</i> when it starts without a parent later (it entered the field of view, or a
 * tracker lost it and found it again).</li>
 * <li><b>Ending</b>: <i>divided</i> when its last cell has two or more successors; <i>in last
 * frame</i> when it is still there at the lineage's last frame; <i>vanished</i> otherwise (it left the
 * field of view, died, or a tracker lost it).</li>
 * <li><b>Generation</b>: 0 for a track without a parent, its parent's generation + 1 otherwise.</li>
 * <li><b>Cell cycle length</b> (interdivision time) of a track that was born and divided: its last
 * frame − its first frame + 1, the frames from its mother's division to its own (a division's frame
 * is its mother's last frame). Only such <i>complete</i> cycles have a length. A movie shorter than a
 * few cycles holds the short ones more often than the long ones, so the complete cycles' median
 * underestimates a population's when the movie is short; the summary counts born cells still present
 * at the end beside it.</li>
 * <li><b>Population doubling time</b>: ln 2 over the slope of a least-squares line through
 * ln(cells in frame) against frame, over the frames with cells; unknown where the count does not
 * grow. Cells entering or leaving the field of view count as they come and go.</li>
 * </ul>
 * Times are in frames; given the minutes between frames, also in hours.
 */
package org.mitosis.core.cycles;
