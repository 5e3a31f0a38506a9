/**
 * Reading and writing cells, lineages and images.
 *
 * <p>Inputs ({@link org.mitosis.core.io.CellInputs#read(java.nio.file.Path)} chooses by path):
 * Cell Tracking Challenge folders ({@code man_track.txt} with {@code regionprops.csv} or 16-bit
 * label masks; {@link org.mitosis.core.io.CtcReader}), the C2C12 annotation text of Ker et al.
 * 2018 ({@link org.mitosis.core.io.C2c12TextReader}), CSV cell tables with configurable column
 * names ({@link org.mitosis.core.io.CellTableCsv}, {@link org.mitosis.core.io.CsvColumns}) and
 * result folders ({@link org.mitosis.core.io.ResultFolder}). In every annotation format a cell's id
 * is its track id: the same id in successive frames is a link, a track's first cell is linked from
 * its parent track's last cell (see {@link org.mitosis.core.cells.Lineage#fromTrackIds}). Image
 * sequences are folders of 8/16-bit grayscale PNG or TIFF files read with the JDK's ImageIO
 * ({@link org.mitosis.core.io.ImageSequence}).
 *
 * <p>Outputs: {@link org.mitosis.core.io.ResultFolder#write} writes {@code cells.csv},
 * {@code links.csv}, {@code divisions.csv}, the CTC track file {@code res_track.txt} and a TrackMate
 * XML file.
 *
 * <p>Every malformed input raises {@link org.mitosis.core.io.BadInputException} naming the file,
 * the 1-based line and the problem; no reader lets another exception type escape for bad content.
 * CSV parsing uses Apache Commons CSV.
 */
package org.mitosis.core.io;
