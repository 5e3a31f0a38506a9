/**
 * Pictures of results for people: a lineage tree (time left to right, one row per track, divisions
 * as branches) and an overlay of a frame's cells and divisions on its image. Drawn with Java2D into
 * PNG bytes; headless, no UI toolkit needed.
 */
package org.mitosis.core.plot;
