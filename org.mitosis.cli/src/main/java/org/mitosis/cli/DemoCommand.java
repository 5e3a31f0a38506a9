package org.mitosis.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.mitosis.core.ops.Comparison;
import org.mitosis.core.ops.DemoOperation;
import org.mitosis.core.ops.TrainSettings;
import org.mitosis.core.synth.SimulationSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mitosis demo}: the main job on an embedded synthetic default. */
@Command(name = "demo", description = "Runs the main job on an embedded default, no files needed: simulates a synthetic "
        + "time-lapse, trains on its first frames, tracks the rest and prints the evaluation table.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--methods", split = ",", description = "Methods to run (default: all of lap,naive-gnn,gnn-dol).")
    List<String> methods = TrainSettings.METHODS;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the simulation and training (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        SimulationSettings d = SimulationSettings.defaults();
        SimulationSettings simulation = new SimulationSettings(d.frames(), d.initialCells(), d.width(), d.height(),
                d.cellRadius(), d.speed(), d.cycleMean(), d.cycleSpread(), d.entryRate(), seed);
        var out = spec.commandLine().getOut();
        out.printf("Synthetic time-lapse: %d frames, %d cells at start, %.0fx%.0f px (seed %d); training on the first 60 %% "
                + "of frames, scoring the rest.%n", simulation.frames(), simulation.initialCells(), simulation.width(),
                simulation.height(), seed);
        ConsoleProgress progress = new ConsoleProgress(System.err, "demo");
        Comparison comparison = new DemoOperation(simulation, methods).run(seed, progress);
        progress.done();
        out.print(comparison.toTable());
        return 0;
    }
}
