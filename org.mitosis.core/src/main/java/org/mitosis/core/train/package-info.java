/**
 * Training of the GNN (naive GNN or GNN-DOL) on annotated lineages, as in GNN-DOL (Zhang, Nguyen
 * &amp; Tsuda, Sci. Rep. 13:14306, 2023): sub-problems of 30 cells per frame pair (daughters first,
 * then their parents and random cells with their predecessors), weighted binary cross-entropy with
 * the positive weight from the class balance, Adam, seeded. Departures: validation on the last
 * frames in time with early stopping on the division F1 of whole-frame inference, and a default
 * learning rate of 1e-3 instead of the paper's 1e-4 (it reached a better validation F1 within the
 * 15-minute budget); candidate pairs and pair features come from the whole frames so that training
 * and inference see the same features.
 */
package org.mitosis.core.train;
