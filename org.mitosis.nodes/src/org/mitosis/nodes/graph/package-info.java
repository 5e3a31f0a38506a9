/**
 * The Cell Graph Builder node: builds the per-frame cell graphs and the gated candidate links between consecutive
 * frames, the input of the GNN.
 */
package org.mitosis.nodes.graph;
