/**
 * The Cell Graph Builder node: builds the per-frame k-nearest-neighbour cell graphs and the gated candidate links
 * between consecutive frames, and outputs them as tables for inspection (the GNN models build the same graphs
 * themselves when tracking).
 */
package org.mitosis.nodes.graph;
