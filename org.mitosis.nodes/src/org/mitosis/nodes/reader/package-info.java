/**
 * The Cell Sequence Reader node: reads cells, and their lineage where annotated, from a Cell Tracking Challenge
 * folder, a C2C12 annotation file, a CSV cell table or a Mitosis result folder.
 */
package org.mitosis.nodes.reader;
