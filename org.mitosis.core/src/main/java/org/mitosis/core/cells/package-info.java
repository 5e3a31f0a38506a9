/**
 * The domain model shared by every pipeline stage: cells detected or annotated in frames, the
 * links that join them across frames, and the lineage those links form.
 *
 * <p>Conventions: positions are pixels, {@code x} is the image column and {@code y} the image row;
 * frames are 0-based indices. A cell is identified by its frame and an id that is unique within
 * that frame ({@link org.mitosis.core.cells.CellRef}). A cell with two or more successors is a
 * division (its parent); a single successor is a continuation.
 */
package org.mitosis.core.cells;
