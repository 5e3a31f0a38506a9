package org.mitosis.core.eval;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The scores of one result against one truth. Immutable.
 *
 * <p>{@link #toJson()} writes, in this order, {@code division} ({@code tp, fp, fn, precision,
 * recall, f1, mbc, strict_f1}), {@code link} ({@code precision, recall, f1}), {@code frames} and
 * {@code cells} (of the truth), then the extra fields {@code detection} ({@code tp, fp, fn,
 * precision, recall, f1} of the cell matching), {@code correspondence} (one
 * {@code {frame, f1}} per frame pair with a truth division), {@code division_f1_interval} ({@code low,
 * high}: the division F1's 95 % bootstrap interval over the frames, {@link DivisionBootstrap}, seed 1; both
 * null below {@link DivisionBootstrap#MIN_FRAMES} frames), {@code cycles} ({@code tp, fp, fn, precision, recall,
 * f1, mean_length_error_frames}: {@link CycleScores}; the error null where none matched)
 * and {@code settings}.
 */
public final class EvaluationReport {

    private final DivisionScores division;
    private final List<FrameDivisions> divisionsByFrame;
    private final List<DivisionOutcome> divisionOutcomes;
    private final LinkScores link;
    private final DetectionScores detection;
    /** Scored on first use: the training searches evaluate many results and never ask for cycles. */
    private final Supplier<CycleScores> cycleScoring;
    private CycleScores cycles;
    private final int frames;
    private final int cells;
    private final List<FramePairScore> correspondence;
    private final EvaluationSettings settings;

    EvaluationReport(DivisionScores division, List<FrameDivisions> divisionsByFrame, List<DivisionOutcome> divisionOutcomes,
            LinkScores link, DetectionScores detection, Supplier<CycleScores> cycleScoring, int frames, int cells,
            List<FramePairScore> correspondence, EvaluationSettings settings) {
        this.division = division;
        this.divisionsByFrame = List.copyOf(divisionsByFrame);
        this.divisionOutcomes = List.copyOf(divisionOutcomes);
        this.link = link;
        this.detection = detection;
        this.cycleScoring = cycleScoring;
        this.frames = frames;
        this.cells = cells;
        this.correspondence = List.copyOf(correspondence);
        this.settings = settings;
    }

    public DivisionScores division() {
        return division;
    }

    /** The division outcomes by frame, frames with any outcome only, ascending; they sum to {@link #division()}. */
    public List<FrameDivisions> divisionsByFrame() {
        return divisionsByFrame;
    }

    /**
     * Every division's outcome: the result's divisions in {@code Lineage.divisions()} order, found or
     * false, then the truth's missed ones in theirs. Not part of {@link #toJson()}.
     */
    public List<DivisionOutcome> divisionOutcomes() {
        return divisionOutcomes;
    }

    /** Cells of the result matched to truth cells: detection precision, recall and F1. */
    public DetectionScores detection() {
        return detection;
    }

    public LinkScores link() {
        return link;
    }

    /** The truth's complete cell cycles given back ({@link CycleScores}). */
    public synchronized CycleScores cycles() {
        if (cycles == null) {
            cycles = cycleScoring.get();
        }
        return cycles;
    }

    /** Number of frames of the truth. */
    public int frames() {
        return frames;
    }

    /** Number of cells of the truth. */
    public int cells() {
        return cells;
    }

    /** Correspondence scores of the frame pairs (t, t+1) in which the truth has a division, by t. */
    public List<FramePairScore> correspondence() {
        return correspondence;
    }

    public EvaluationSettings settings() {
        return settings;
    }

    /** The report as a JSON object (layout in the class comment), pretty-printed. */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ObjectNode d = root.putObject("division");
        d.put("tp", division.tp()).put("fp", division.fp()).put("fn", division.fn())
                .put("precision", division.precision()).put("recall", division.recall())
                .put("f1", division.f1()).put("mbc", division.mbc()).put("strict_f1", division.strictF1());
        root.putObject("link").put("precision", link.precision()).put("recall", link.recall()).put("f1", link.f1());
        root.put("frames", frames).put("cells", cells);
        root.putObject("detection").put("tp", detection.tp()).put("fp", detection.fp()).put("fn", detection.fn())
                .put("precision", detection.precision()).put("recall", detection.recall()).put("f1", detection.f1());
        ArrayNode pairs = root.putArray("correspondence");
        for (FramePairScore p : correspondence) {
            pairs.addObject().put("frame", p.frame()).put("f1", p.f1());
        }
        DivisionBootstrap.Interval ci = divisionF1Interval();
        ObjectNode interval = root.putObject("division_f1_interval");
        if (ci.known()) {
            interval.put("low", ci.low()).put("high", ci.high());
        } else {
            interval.putNull("low").putNull("high");
        }
        CycleScores cycles = cycles();
        ObjectNode c = root.putObject("cycles");
        c.put("tp", cycles.tp()).put("fp", cycles.fp()).put("fn", cycles.fn()).put("precision", cycles.precision())
                .put("recall", cycles.recall()).put("f1", cycles.f1());
        if (Double.isNaN(cycles.meanAbsoluteLengthError())) {
            c.putNull("mean_length_error_frames");
        } else {
            c.put("mean_length_error_frames", cycles.meanAbsoluteLengthError());
        }
        root.putObject("settings").put("cell_radius_px", settings.cellRadius())
                .put("division_radius_px", settings.divisionRadius())
                .put("division_frame_tolerance", settings.frameTolerance());
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of numbers always serializes", e);
        }
    }

    /** A plain-text table for people. */
    public String toTable() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-16s %8s %8s %8s %9s %8s %8s %8s %9s%n",
                "", "TP", "FP", "FN", "precision", "recall", "F1", "MBC", "strict F1"));
        b.append(String.format(Locale.ROOT, "%-16s %8d %8d %8d %9.4f %8.4f %8.4f %8.4f %9.4f%n", "divisions",
                division.tp(), division.fp(), division.fn(), division.precision(), division.recall(),
                division.f1(), division.mbc(), division.strictF1()));
        DivisionBootstrap.Interval ci = divisionF1Interval();
        b.append(ci.known()
                ? String.format(Locale.ROOT, "%-16s division F1 95 %% bootstrap interval over the %d frames: [%.4f, %.4f]%n",
                        "", frames, ci.low(), ci.high())
                : String.format(Locale.ROOT, "%-16s no division F1 interval: %d frames are too few to resample%n", "", frames));
        b.append(String.format(Locale.ROOT, "%-16s %8s %8s %8s %9.4f %8.4f %8.4f%n", "links (matched)",
                "", "", "", link.precision(), link.recall(), link.f1()));
        CycleScores cycles = cycles();
        b.append(String.format(Locale.ROOT, "%-16s %8d %8d %8d %9.4f %8.4f %8.4f%n", "cell cycles",
                cycles.tp(), cycles.fp(), cycles.fn(), cycles.precision(), cycles.recall(), cycles.f1()));
        b.append(String.format(Locale.ROOT, "%-16s %8d %8d %8d %9.4f %8.4f %8.4f%n", "cells (detection)",
                detection.tp(), detection.fp(), detection.fn(), detection.precision(), detection.recall(), detection.f1()));
        double mean = correspondence.stream().mapToDouble(FramePairScore::f1).average().orElse(Double.NaN);
        b.append(String.format(Locale.ROOT, "%d frames, %d truth cells; %d result links scored, %d truth links scored%n",
                frames, cells, link.scoredResult(), link.scoredTruth()));
        b.append(String.format(Locale.ROOT, "correspondence F1 over %d frame pairs with a truth division: mean %.4f%n",
                correspondence.size(), mean));
        b.append(String.format(Locale.ROOT, "cell radius %.1f px, division radius %.1f px, frame tolerance %d%n",
                settings.cellRadius(), settings.divisionRadius(), settings.frameTolerance()));
        return b.toString();
    }

    /** The division F1's 95 % bootstrap interval over the frames ({@link DivisionBootstrap#standard()}). */
    public DivisionBootstrap.Interval divisionF1Interval() {
        return DivisionBootstrap.standard().f1(this);
    }

    @Override
    public String toString() {
        return "EvaluationReport[division F1 " + division.f1() + ", link F1 " + link.f1() + "]";
    }
}
