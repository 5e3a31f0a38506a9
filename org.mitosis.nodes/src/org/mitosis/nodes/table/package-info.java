/**
 * KNIME tables of cells, lineages and frame images, and their conversion to and from the engine's types. Column
 * names are in {@link org.mitosis.nodes.table.CellColumns}.
 */
package org.mitosis.nodes.table;
