/**
 * The GNN-DOL Learner node: trains a GNN-DOL (or naive GNN) tracking model on annotated cell sequences.
 */
package org.mitosis.nodes.gnnlearn;
