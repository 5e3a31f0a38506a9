/**
 * The Cell Cycles node: measures a lineage's cell cycles (each track's generation, beginning and ending, the
 * interdivision times of the cells seen from birth to division, each frame's events, the population doubling time).
 */
package org.mitosis.nodes.cycles;
