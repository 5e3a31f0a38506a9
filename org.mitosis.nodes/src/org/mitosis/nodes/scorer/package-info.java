/**
 * The Mitosis Scorer node: scores a tracking result against the true lineage: division precision, recall, F1, MBC and
 * link accuracy.
 */
package org.mitosis.nodes.scorer;
