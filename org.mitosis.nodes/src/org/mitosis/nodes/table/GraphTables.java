package org.mitosis.nodes.table;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.graph.CandidatePairs;
import org.mitosis.core.graph.CellGraph;
import org.mitosis.core.graph.CellGraphs;

/**
 * The engine's cell graphs as two KNIME tables. The <em>edge table</em> has one row per undirected k-NN edge of a
 * frame's graph: {@code Frame}, {@code Source Cell}, {@code Target Cell} (int) and the GNN-DOL edge feature
 * {@code x_s, y_s, x_t, y_t} (double: both end points relative to the field of view's centre, divided by its half
 * diagonal). The <em>candidate table</em> has one row per gated candidate link: {@code Frame}, {@code Source Cell},
 * {@code Target Frame}, {@code Target Cell} (int) and {@code Distance} (double, px).
 */
public final class GraphTables {

    /** Column of the edge and candidate tables: id of the source cell. */
    public static final String SOURCE_CELL = "Source Cell";

    /** Column of the edge and candidate tables: id of the target cell. */
    public static final String TARGET_CELL = "Target Cell";

    /** Column of the candidate table: frame of the target cell. */
    public static final String TARGET_FRAME = "Target Frame";

    /** Column of the candidate table: distance between source and target, px. */
    public static final String DISTANCE = "Distance";

    private static final List<String> EDGE_FEATURES = List.of("x_s", "y_s", "x_t", "y_t");

    private GraphTables() {
    }

    /** Spec of an edge table. */
    public static DataTableSpec edgeSpec() {
        List<DataColumnSpec> columns = new ArrayList<>();
        columns.add(new DataColumnSpecCreator(CellColumns.FRAME, IntCell.TYPE).createSpec());
        columns.add(new DataColumnSpecCreator(SOURCE_CELL, IntCell.TYPE).createSpec());
        columns.add(new DataColumnSpecCreator(TARGET_CELL, IntCell.TYPE).createSpec());
        EDGE_FEATURES.forEach(f -> columns.add(new DataColumnSpecCreator(f, DoubleCell.TYPE).createSpec()));
        return new DataTableSpec(columns.toArray(DataColumnSpec[]::new));
    }

    /** Spec of a candidate table. */
    public static DataTableSpec candidateSpec() {
        return new DataTableSpec(new DataColumnSpecCreator(CellColumns.FRAME, IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(SOURCE_CELL, IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(TARGET_FRAME, IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(TARGET_CELL, IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(DISTANCE, DoubleCell.TYPE).createSpec());
    }

    /** Writes the edges of every frame's graph, frame by frame. */
    public static BufferedDataTable writeEdges(final CellGraphs graphs, final ExecutionContext exec) {
        BufferedDataContainer out = exec.createDataContainer(edgeSpec());
        int first = graphs.cells().firstFrame();
        for (int t = 0; t < graphs.frames().size(); t++) {
            CellGraph g = graphs.frames().get(t);
            int frame = first + t;
            for (int e = 0; e < g.edgeCount(); e++) {
                Cell s = g.cells().get(g.edgeSource(e));
                Cell d = g.cells().get(g.edgeTarget(e));
                double[] f = g.edgeFeature(e);
                out.addRowToTable(new DefaultRow(new RowKey("f" + frame + "c" + s.id() + "-c" + d.id()),
                    new IntCell(frame), new IntCell(s.id()), new IntCell(d.id()), new DoubleCell(f[0]),
                    new DoubleCell(f[1]), new DoubleCell(f[2]), new DoubleCell(f[3])));
            }
        }
        out.close();
        return out.getTable();
    }

    /** Writes the candidate links from each frame to the next. */
    public static BufferedDataTable writeCandidates(final CellGraphs graphs, final ExecutionContext exec) {
        BufferedDataContainer out = exec.createDataContainer(candidateSpec());
        int first = graphs.cells().firstFrame();
        for (int t = 0; t < graphs.pairs().size(); t++) {
            CandidatePairs pairs = graphs.pairs().get(t);
            List<Cell> from = graphs.frames().get(t).cells();
            List<Cell> to = graphs.frames().get(t + 1).cells();
            int frame = first + t;
            for (int p = 0; p < pairs.size(); p++) {
                Cell s = from.get(pairs.source(p));
                Cell d = to.get(pairs.target(p));
                out.addRowToTable(new DefaultRow(new RowKey("f" + frame + "c" + s.id() + "-f" + (frame + 1) + "c"
                    + d.id()), new IntCell(frame), new IntCell(s.id()), new IntCell(frame + 1), new IntCell(d.id()),
                    new DoubleCell(s.distanceTo(d))));
            }
        }
        out.close();
        return out.getTable();
    }
}
