package org.mitosis.core.train;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mitosis.core.synth.DetectionNoise;

/**
 * What a tracking model learned to link, recorded in its model file: a model says which input it is
 * made for (a tracker that learned from exact positions takes a detector's missed and spurious
 * cells for divisions) and, with its seed, how to train it again.
 *
 * @param source the cells it learned from
 * @param noise the perturbation of the annotated cells (its seed that of the first sequence, the
 *        next sequences' following on), for {@link Source#PERTURBED} only, else null
 */
public record TrainingCells(Source source, DetectionNoise.Settings noise) {

    /** Where the cells a model learned from came from. */
    public enum Source {
        /** The annotated cells themselves, at their exact positions. */
        ANNOTATED,
        /** Other cells given with the annotation, such as a detector's, its links carried onto them. */
        GIVEN,
        /** The annotated cells perturbed as a detector delivers them: jittered, missed and spurious cells. */
        PERTURBED
    }

    /** The annotated cells themselves. */
    public static final TrainingCells ANNOTATED = new TrainingCells(Source.ANNOTATED, null);

    /** Other cells given with the annotation. */
    public static final TrainingCells GIVEN = new TrainingCells(Source.GIVEN, null);

    public TrainingCells {
        if (source == null || (source == Source.PERTURBED) != (noise != null)) {
            throw new IllegalArgumentException("the noise is given exactly for perturbed cells: " + source + ", " + noise);
        }
    }

    /** The annotated cells perturbed by {@code noise}. */
    public static TrainingCells perturbed(DetectionNoise.Settings noise) {
        return new TrainingCells(Source.PERTURBED, noise);
    }

    /** For people: "annotated cells", "given cells" or "perturbed cells (sigma 2.0 px, ...)". */
    public String description() {
        String cells = source.name().toLowerCase(Locale.ROOT) + " cells";
        return noise == null ? cells : cells + " (" + noise.description() + ")";
    }

    /** As the model file's manifest holds it. */
    JsonNode toJson() {
        ObjectNode o = ModelFiles.mapper().createObjectNode();
        o.put("source", source.name().toLowerCase(Locale.ROOT));
        if (noise != null) {
            o.put("sigma", noise.sigma());
            o.put("miss", noise.miss());
            o.put("spurious", noise.spurious());
            o.put("seed", noise.seed());
        }
        return o;
    }

    /**
     * From the manifest's entry.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static TrainingCells fromJson(JsonNode o) {
        Source source;
        try {
            source = Source.valueOf(o.path("source").asText("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("source must be annotated, given or perturbed, got " + o.path("source"));
        }
        if (source != Source.PERTURBED) {
            return new TrainingCells(source, null);
        }
        for (String field : new String[] {"sigma", "miss", "spurious"}) {
            if (!o.path(field).isNumber()) {
                throw new IllegalArgumentException(field + " must be a number, got " + o.path(field));
            }
        }
        if (!o.path("seed").isIntegralNumber()) {
            throw new IllegalArgumentException("seed must be a whole number, got " + o.path("seed"));
        }
        DetectionNoise.Settings noise = new DetectionNoise.Settings(o.path("sigma").asDouble(), o.path("miss").asDouble(),
                o.path("spurious").asDouble(), o.path("seed").asLong());
        noise.validate();
        return perturbed(noise);
    }
}
