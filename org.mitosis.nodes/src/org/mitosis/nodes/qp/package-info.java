/**
 * The QP Correspondence node: links the cells of a cell table between consecutive frames with a trained GNN and the
 * division-aware QP layer, and outputs the lineage and its divisions.
 */
package org.mitosis.nodes.qp;
