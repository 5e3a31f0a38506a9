package org.mitosis.core.gnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mitosis.core.graph.DistanceGate;
import org.mitosis.core.graph.FeatureScaler;
import org.mitosis.core.graph.GraphSettings;

/** The model file's format versions. */
class GnnModelTest {

    private static GnnModel withoutContext() {
        GraphSettings d = GraphSettings.defaults();
        GraphSettings off = d.withTemporalContext(false);
        int n = 3 * d.featureNeighbours() + 3;
        FeatureScaler scaler = FeatureScaler.fit(List.of(new double[n], new double[n]));
        return new GnnModel(off, new DistanceGate(30), scaler,
                GnnParameters.initial(GnnConfig.defaults(n, GnnConfig.Head.DOL), 5), 5, 0.5, 0.5, 1, true);
    }

    @Test
    void readsFormatFiveAsWithoutTemporalContext() throws IOException {
        GnnModel model = withoutContext();
        String json = new String(model.settingsJson(), StandardCharsets.UTF_8);
        String five = json.replaceFirst("\"format\"\\s*:\\s*6", "\"format\" : 5")
                .replaceFirst(",\\s*\"temporalContext\"\\s*:\\s*false", "");
        assertFalse(five.contains("temporalContext"), five);
        GnnModel back = GnnModel.fromBytes(five.getBytes(StandardCharsets.UTF_8), model.weightBytes());
        assertEquals(model.graph(), back.graph());
        assertEquals(0, back.cellFeatures());
    }

    @Test
    void refusesANewerFormat() throws IOException {
        GnnModel model = withoutContext();
        String seven = new String(model.settingsJson(), StandardCharsets.UTF_8)
                .replaceFirst("\"format\"\\s*:\\s*6", "\"format\" : 7");
        IOException e = assertThrows(IOException.class,
                () -> GnnModel.fromBytes(seven.getBytes(StandardCharsets.UTF_8), model.weightBytes()));
        assertTrue(e.getMessage().contains("format 7, expected 5-6"), e.getMessage());
    }
}
