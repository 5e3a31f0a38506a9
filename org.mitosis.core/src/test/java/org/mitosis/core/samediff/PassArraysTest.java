package org.mitosis.core.samediff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.memory.ArrayCacheMemoryMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class PassArraysTest {

    /**
     * Three layers of x·W + b (custom ops), times 2 (a legacy op, which holds its arguments and
     * output), ReLU; then the summed squares. The passes change shape, as the GNN's
     * graph pairs do, so the legacy op's held output fits some passes and not others.
     */
    private static SameDiff graph() {
        SameDiff sd = SameDiff.create();
        SDVariable h = sd.placeHolder("x", DataType.DOUBLE, -1, 3);
        for (int layer = 0; layer < 3; layer++) {
            double[][] w = new double[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    w[i][j] = Math.cos(layer * 9 + i * 3 + j);
                }
            }
            SDVariable weights = sd.var("w" + layer, Nd4j.create(w));
            SDVariable bias = sd.var("b" + layer, Nd4j.create(new double[] {0.1, -0.2, 0.05}));
            h = sd.nn().relu(h.mmul(weights).add(bias).mul(2.0), 0);
        }
        sd.setLossVariables(sd.sum("loss", h.mul(h)));
        return sd;
    }

    private static INDArray input(int rows, int pass) {
        double[][] v = new double[rows][3];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 3; c++) {
                v[r][c] = Math.sin(1 + pass * 7 + r * 3 + c);
            }
        }
        return Nd4j.create(v);
    }

    /** Sizes the session's cache as ND4J does on a large heap without a JavaCPP limit. */
    private static void unboundCache(SameDiff function) {
        function.getSessions().values().forEach(s -> ((ArrayCacheMemoryMgr) s.getMmgr()).setMaxCacheBytes(1L << 40));
    }

    @Test
    void freesEachPassWithoutChangingAnyResultAcrossChangingShapes() {
        SameDiff freed = graph();
        SameDiff kept = graph();
        PassArrays forward = new PassArrays();
        PassArrays backward = new PassArrays();
        int[] rows = {4, 4, 5, 5, 4, 4, 2, 5, 5, 3, 4, 4};
        int closed = 0;
        for (int pass = 0; pass < rows.length; pass++) {
            INDArray x = input(rows[pass], pass);
            Map<String, INDArray> in = Map.of("x", x.dup());
            INDArray loss = freed.outputSingle(in, "loss");
            assertEquals(kept.outputSingle(in, "loss").getDouble(0), loss.getDouble(0), 0, "loss, pass " + pass);
            if (pass % 3 == 2) {
                in.get("x").close(); // a caller may free its inputs first (the GNN does)
            }
            if (pass == 0) {
                unboundCache(freed);
            }
            forward.release(freed);
            Map<String, INDArray> inputs = Map.of("x", x);
            Map<String, INDArray> g = freed.calculateGradients(inputs, "w0", "w1", "w2", "b0");
            Map<String, INDArray> expected = kept.calculateGradients(inputs, "w0", "w1", "w2", "b0");
            for (String name : expected.keySet()) {
                assertEquals(expected.get(name), g.get(name), name + " gradient, pass " + pass);
            }
            if (pass == 0) {
                unboundCache(freed.getFunction("grad"));
            }
            backward.releaseGradientPass(freed);
            assertFalse(x.wasClosed(), "the caller's input, pass " + pass);
            closed += (loss.wasClosed() ? 1 : 0) + (g.get("w0").wasClosed() ? 1 : 0);
        }
        assertTrue(closed >= 2 * (rows.length - 1), "outputs freed after the first pass: " + closed);
        for (SameDiff function : List.of(freed, freed.getFunction("grad"))) {
            function.getSessions().values().forEach(s -> assertTrue(
                    ((ArrayCacheMemoryMgr) s.getMmgr()).getMaxCacheBytes() == PassArrays.MAX_CACHE_BYTES, "cache bound"));
        }
        for (String name : List.of("w0", "w1", "w2", "b0", "b1", "b2")) {
            assertFalse(freed.getArrForVarName(name).wasClosed(), name);
        }
    }

    @Test
    void recyclingHandsAPassArraysToTheNextWithoutChangingAnyResult() {
        int[] rows = {4, 4, 4, 5, 5, 5, 4, 4};
        Map<Boolean, Integer> distinct = new java.util.HashMap<>();
        for (boolean recycle : new boolean[] {false, true}) {
            SameDiff graph = graph();
            SameDiff kept = graph();
            PassArrays forward = recycle ? PassArrays.recycling(1L << 20) : new PassArrays();
            Set<INDArray> outputs = Collections.newSetFromMap(new IdentityHashMap<>());
            for (int pass = 0; pass < rows.length; pass++) {
                forward.release(graph);
                Map<String, INDArray> in = Map.of("x", input(rows[pass], pass));
                INDArray loss = graph.outputSingle(in, "loss");
                assertEquals(kept.outputSingle(in, "loss").getDouble(0), loss.getDouble(0), 0, "loss, pass " + pass);
                graph.getSessions().values().forEach(s -> s.getNodeValueOutputs().values().forEach(
                        v -> outputs.addAll(v.getCollection())));
            }
            distinct.put(recycle, outputs.size());
            if (recycle) {
                graph.getSessions().values().forEach(s -> assertEquals(1L << 20,
                        ((ArrayCacheMemoryMgr) s.getMmgr()).getMaxCacheBytes(), "cache bound"));
            }
            for (String name : List.of("w0", "w1", "w2", "b0", "b1", "b2")) {
                assertFalse(graph.getArrForVarName(name).wasClosed(), name);
            }
        }
        assertTrue(distinct.get(true) < distinct.get(false), "arrays reused from pass to pass: " + distinct);
    }
}
