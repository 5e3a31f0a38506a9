/**
 * The LAP Tracker node: tracks cells with the linear assignment baseline, with costs fitted to annotated sequences.
 */
package org.mitosis.nodes.lap;
