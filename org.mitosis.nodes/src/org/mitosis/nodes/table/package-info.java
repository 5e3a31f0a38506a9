/**
 * KNIME tables of cells, lineages, frame images, cell graphs (edges and candidate links) and divisions, and their
 * conversion to and from the engine's types. Cell column names are in {@link org.mitosis.nodes.table.CellColumns}.
 */
package org.mitosis.nodes.table;
