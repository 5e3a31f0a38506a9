package org.mitosis.core.ops;

import java.io.IOException;
import java.nio.file.Path;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.GrayImage;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.synth.PhaseContrastRenderer;
import org.mitosis.core.synth.RenderSettings;
import org.mitosis.core.synth.SimulationSettings;
import org.mitosis.core.synth.TimeLapseSimulator;

/** Simulates a time-lapse of moving and dividing cells with its true lineage, and its images (synthetic). */
public final class SimulateOperation {

    private final SimulationSettings settings;
    private final TimeLapseSimulator simulator;

    /**
     * @throws IllegalArgumentException listing every invalid setting
     */
    public SimulateOperation(SimulationSettings settings) {
        this.settings = settings;
        this.simulator = new TimeLapseSimulator(settings);
    }

    /** The simulated cells and their true lineage. */
    public Lineage run() {
        return simulator.simulate();
    }

    /** Renders one frame of a simulated lineage (see {@link #renderImages}). */
    public GrayImage renderFrame(Lineage truth, int frame) {
        return new PhaseContrastRenderer(truth, RenderSettings.defaults(settings)).render(frame);
    }

    /**
     * Renders each frame of a simulated lineage as a phase-contrast-like 8-bit PNG
     * ({@code 0000.png}, ...) into {@code folder}: cells as elongated blobs with a bright halo,
     * cells about to divide small, round and bright; uneven illumination and noise (seeded).
     */
    public void renderImages(Lineage truth, Path folder, ProgressMonitor monitor) throws IOException {
        monitor.setProgress(0, "rendering " + truth.cells().frameCount() + " frames");
        new PhaseContrastRenderer(truth, RenderSettings.defaults(settings)).writeFrames(folder);
        monitor.setProgress(1, "rendered " + truth.cells().frameCount() + " frames into " + folder);
    }
}
