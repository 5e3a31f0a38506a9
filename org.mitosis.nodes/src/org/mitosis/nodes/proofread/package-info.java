/**
 * The Division Proofreading node: applies a reader's verdicts on a lineage's divisions (the division gallery's saved
 * sheet), undoing the divisions struck out.
 */
package org.mitosis.nodes.proofread;
