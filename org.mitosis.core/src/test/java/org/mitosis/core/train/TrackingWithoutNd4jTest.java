package org.mitosis.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.codec.binary.Base64;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.io.IOUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.gnn.GnnConfig;
import org.mitosis.core.io.CellTableCsv;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.ops.TrackOperation;
import org.mitosis.core.synth.SimulationSettings;
import org.mitosis.core.synth.TimeLapseSimulator;

/**
 * Tracking with a saved GNN-DOL model needs no ND4J: the model file is read and the network and its
 * QP run in plain Java. ND4J's native start took 0.65 s of a one-shot {@code track}, and a KNIME
 * workflow that only tracks should not load its natives at all. Checked by linking in a class loader
 * that holds the engine and its non-ND4J libraries only, where touching ND4J fails with
 * {@link NoClassDefFoundError}.
 */
class TrackingWithoutNd4jTest {

    @Test
    void aSavedGnnDolModelLinksWithoutNd4jOnTheClassPath(@TempDir Path dir) throws Exception {
        // SYNTHETIC: a small simulated movie, a GNN-DOL trained one epoch on it.
        Lineage movie = new TimeLapseSimulator(new SimulationSettings(10, 30, 300, 300, 8, 3, 15, 3, 0.3, 4)).simulate();
        GnnTrainingSettings d = GnnTrainingSettings.defaults(GnnConfig.Head.DOL);
        GnnTrainingSettings small = new GnnTrainingSettings(d.graph(), GnnConfig.Head.DOL, 8, 1, 20, 2, 1, 3e-3, 1, 1,
                0.25, 0.5, 1.0, 3);
        TrainedGnn trained = new GnnTrainer(small).train(movie, ProgressMonitor.NONE);
        Path model = dir.resolve("model.zip");
        ModelFiles.write(new GnnTrackingModel(trained.model(), Instant.now(), TrainingCells.ANNOTATED), model);
        Path cells = dir.resolve("cells.csv");
        CellTableCsv.write(movie.cells(), cells);

        CellSequence here = CellTableCsv.read(cells).cells();
        Lineage expected = new TrackOperation(ModelFiles.readTracking(model)).run(here, ProgressMonitor.NONE);
        assertFalse(expected.links().isEmpty());

        try (URLClassLoader engineOnly = new URLClassLoader(locations(ModelFiles.class, ObjectMapper.class,
                JsonFactory.class, JsonProperty.class, CSVFormat.class, IOUtils.class,
                Base64.class), ClassLoader.getPlatformClassLoader())) {
            Object read = call(engineOnly, "org.mitosis.core.train.ModelFiles", "readTracking", model);
            Object lineage = call(engineOnly, "org.mitosis.core.io.CellTableCsv", "read", cells);
            Object sequence = lineage.getClass().getMethod("cells").invoke(lineage);
            Class<?> operation = engineOnly.loadClass("org.mitosis.core.ops.TrackOperation");
            Class<?> monitor = engineOnly.loadClass("org.mitosis.core.monitor.ProgressMonitor");
            Object op = operation.getConstructor(engineOnly.loadClass("org.mitosis.core.train.TrackingModel"))
                    .newInstance(read);
            Object linked = operation.getMethod("run", sequence.getClass(), monitor)
                    .invoke(op, sequence, monitor.getField("NONE").get(null));
            assertEquals(expected.links().toString(), linked.getClass().getMethod("links").invoke(linked).toString());
        }
    }

    /** Where each class was loaded from: the engine's classes and the libraries tracking may use. */
    private static URL[] locations(Class<?>... classes) {
        return List.of(classes).stream().map(c -> c.getProtectionDomain().getCodeSource().getLocation())
                .toArray(URL[]::new);
    }

    /** The public static method {@code name(Path)} of class {@code type}, called with {@code arg}. */
    private static Object call(ClassLoader loader, String type, String name, Path arg) throws Exception {
        Method m = loader.loadClass(type).getMethod(name, Path.class);
        return m.invoke(null, arg);
    }
}
