/**
 * The QP Correspondence node: links cells between consecutive frames with a trained GNN and the division-aware QP
 * layer, and outputs the lineage.
 */
package org.mitosis.nodes.qp;
