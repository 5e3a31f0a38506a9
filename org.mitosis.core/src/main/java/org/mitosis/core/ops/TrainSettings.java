package org.mitosis.core.ops;

import java.util.ArrayList;
import java.util.List;

/**
 * Settings of {@link TrainOperation}.
 *
 * @param method {@code lap}, {@code gnn-dol} or {@code naive-gnn}
 * @param seed seed of every random choice of the training (recorded in the model)
 */
public record TrainSettings(String method, long seed) {

    /** The methods that can be trained. */
    public static final List<String> METHODS = List.of("lap", "naive-gnn", "gnn-dol");

    /** GNN-DOL, seed 1. */
    public static TrainSettings defaults() {
        return new TrainSettings("gnn-dol", 1);
    }

    /**
     * @throws IllegalArgumentException listing every problem
     */
    public TrainSettings validate() {
        List<String> problems = new ArrayList<>();
        if (method == null || !METHODS.contains(method)) {
            problems.add("unknown method '" + method + "', expected one of " + String.join(", ", METHODS));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return this;
    }
}
