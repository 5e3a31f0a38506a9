/**
 * A person's review of a tracking result's divisions, applied to the result: the divisions struck
 * out in the division gallery's proofreading sheet are undone, so that the lineage, its files and
 * its cell cycle statistics say what the reader saw. Entry point {@link
 * org.mitosis.core.proofread.Proofreading#apply}.
 *
 * <p>Undoing a division leaves every cell in place: the mother continues as the daughter the reader
 * named, or else the one nearest to her, and the other daughter begins a track of her own (in the
 * cycle statistics she <i>appeared</i>). Nothing is linked anew: whether she is a cell the detector
 * missed for a while, a spurious detection or a neighbour, the reader has not said, and proofreading
 * does not guess.
 */
package org.mitosis.core.proofread;
