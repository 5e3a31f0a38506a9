/**
 * The Lineage Writer node: writes a lineage as a result folder: cells.csv, links.csv, divisions.csv, res_track.txt and a TrackMate
 * XML file.
 */
package org.mitosis.nodes.writer;
