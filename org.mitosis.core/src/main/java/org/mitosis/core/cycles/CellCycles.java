package org.mitosis.core.cycles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Track;
import org.ojalgo.random.SampleSet;

/**
 * The cell cycles of a lineage: every track with its generation, beginning and ending; every frame's
 * events; and a summary (definitions in the package documentation). Immutable.
 */
public final class CellCycles {

    private final List<TrackCycle> tracks;
    private final Map<Integer, TrackCycle> byId = new HashMap<>();
    private final List<FrameCounts> frames;
    private final CycleSummary summary;
    private final CycleSettings settings;

    private CellCycles(List<TrackCycle> tracks, List<FrameCounts> frames, CycleSummary summary, CycleSettings settings) {
        this.tracks = List.copyOf(tracks);
        tracks.forEach(t -> byId.put(t.track().id(), t));
        this.frames = List.copyOf(frames);
        this.summary = summary;
        this.settings = settings;
    }

    /**
     * Measures the cell cycles of {@code lineage}.
     *
     * @throws IllegalArgumentException if the settings are invalid
     */
    public static CellCycles of(Lineage lineage, CycleSettings settings) {
        settings.validate();
        CellSequence cells = lineage.cells();
        int first = cells.firstFrame();
        int last = cells.lastFrame();
        List<TrackCycle> tracks = new ArrayList<>();
        Map<Integer, Integer> generationOf = new HashMap<>();
        // Lineage.tracks() lists a parent before its daughters (in order of first cells).
        for (Track t : lineage.tracks()) {
            int generation = t.parent() == 0 ? 0 : generationOf.get(t.parent()) + 1;
            generationOf.put(t.id(), generation);
            TrackCycle.Beginning beginning = t.parent() != 0 ? TrackCycle.Beginning.BORN
                    : t.startFrame() == first ? TrackCycle.Beginning.IN_FIRST_FRAME : TrackCycle.Beginning.APPEARED;
            CellRef lastCell = t.cells().get(t.cells().size() - 1);
            TrackCycle.Ending ending = lineage.successors(lastCell).size() >= 2 ? TrackCycle.Ending.DIVIDED
                    : t.endFrame() == last ? TrackCycle.Ending.IN_LAST_FRAME : TrackCycle.Ending.VANISHED;
            tracks.add(new TrackCycle(t, generation, beginning, ending));
        }
        List<FrameCounts> frames = frameCounts(lineage, tracks, first, last);
        return new CellCycles(tracks, frames, summarise(lineage, tracks, frames), settings);
    }

    private static List<FrameCounts> frameCounts(Lineage lineage, List<TrackCycle> tracks, int first, int last) {
        int n = last - first + 1;
        int[] divisions = new int[n];
        int[] births = new int[n];
        int[] appeared = new int[n];
        int[] vanished = new int[n];
        for (CellRef mother : lineage.divisions()) {
            divisions[mother.frame() - first]++;
        }
        for (TrackCycle t : tracks) {
            if (t.beginning() == TrackCycle.Beginning.BORN) {
                births[t.track().startFrame() - first]++;
            } else if (t.beginning() == TrackCycle.Beginning.APPEARED) {
                appeared[t.track().startFrame() - first]++;
            }
            if (t.ending() == TrackCycle.Ending.VANISHED) {
                vanished[t.track().endFrame() - first]++;
            }
        }
        List<FrameCounts> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new FrameCounts(first + i, lineage.cells().cellsIn(first + i).size(), divisions[i], births[i],
                    appeared[i], vanished[i]));
        }
        return out;
    }

    private static CycleSummary summarise(Lineage lineage, List<TrackCycle> tracks, List<FrameCounts> frames) {
        double[] lengths = tracks.stream().map(TrackCycle::cycleFrames).filter(OptionalInt::isPresent)
                .mapToDouble(OptionalInt::getAsInt).toArray();
        // ojAlgo's SampleSet gives 0, not NaN, as the median of no samples.
        SampleSet cycles = lengths.length == 0 ? null : SampleSet.wrap(lengths);
        return new CycleSummary(tracks.size(), lineage.divisions().size(), lengths.length,
                count(tracks, TrackCycle.Beginning.BORN, TrackCycle.Ending.IN_LAST_FRAME),
                (int) tracks.stream().filter(t -> t.beginning() == TrackCycle.Beginning.APPEARED).count(),
                (int) tracks.stream().filter(t -> t.ending() == TrackCycle.Ending.VANISHED).count(),
                cycles == null ? Double.NaN : cycles.getMedian(),
                cycles == null ? Double.NaN : cycles.getQuartile1(),
                cycles == null ? Double.NaN : cycles.getQuartile3(),
                cycles == null ? Double.NaN : cycles.getMean(),
                doublingTime(frames));
    }

    private static int count(List<TrackCycle> tracks, TrackCycle.Beginning beginning, TrackCycle.Ending ending) {
        return (int) tracks.stream().filter(t -> t.beginning() == beginning && t.ending() == ending).count();
    }

    /** ln 2 over the least-squares slope of ln(cells) against frame; NaN where the count does not grow. */
    static double doublingTime(List<FrameCounts> frames) {
        List<FrameCounts> occupied = frames.stream().filter(f -> f.cells() > 0).toList();
        if (occupied.size() < 2) {
            return Double.NaN;
        }
        SampleSet frame = SampleSet.wrap(occupied.stream().mapToDouble(FrameCounts::frame).toArray());
        SampleSet logCells = SampleSet.wrap(occupied.stream().mapToDouble(f -> Math.log(f.cells())).toArray());
        double slope = frame.getCovariance(logCells) / frame.getVariance();
        return slope > 0 ? Math.log(2) / slope : Double.NaN;
    }

    /** Every track, in order of {@code Lineage.tracks()} (their ids 1, 2, ...). */
    public List<TrackCycle> tracks() {
        return tracks;
    }

    /**
     * The division a track was born at: its parent track's last cell.
     *
     * @throws IllegalArgumentException if the track was not {@linkplain TrackCycle.Beginning#BORN born} here
     */
    public CellRef birthDivision(TrackCycle track) {
        TrackCycle parent = track.beginning() == TrackCycle.Beginning.BORN ? byId.get(track.track().parent()) : null;
        if (parent == null || byId.get(track.track().id()) != track) {
            throw new IllegalArgumentException("track " + track.track().id() + " was not born in this lineage");
        }
        return parent.track().cells().get(parent.track().cells().size() - 1);
    }

    /** The track's cell cycle length in hours; NaN unless the cycle is complete and the frame interval known. */
    public double cycleHours(TrackCycle track) {
        return track.complete() ? settings.hours(track.frames()) : Double.NaN;
    }

    /** Every frame of the lineage, in order. */
    public List<FrameCounts> frames() {
        return frames;
    }

    public CycleSummary summary() {
        return summary;
    }

    public CycleSettings settings() {
        return settings;
    }

    /** The summary as a few lines of text, times in frames and, where the frame interval is known, hours. */
    public String toTable() {
        CycleSummary s = summary;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d tracks over %d frames, %d divisions%n", s.tracks(), frames.size(),
                s.divisions()));
        b.append(String.format(Locale.ROOT, "%d complete cell cycles (seen from birth to division); %d born cells still "
                + "present at the end%n", s.completeCycles(), s.bornStillPresent()));
        b.append(String.format(Locale.ROOT, "%d tracks appeared after the first frame, %d vanished before the last%n",
                s.appeared(), s.vanished()));
        if (s.completeCycles() > 0) {
            b.append(String.format(Locale.ROOT, "cell cycle length: median %s, quartiles %s - %s, mean %s%n",
                    time(s.medianCycle()), time(s.lowerQuartileCycle()), time(s.upperQuartileCycle()),
                    time(s.meanCycle())));
        } else {
            b.append("cell cycle length: no complete cycle\n");
        }
        b.append("population doubling time (cells per frame): ")
                .append(Double.isNaN(s.doublingTime()) ? "none, the count does not grow" : time(s.doublingTime()))
                .append('\n');
        return b.toString();
    }

    private String time(double frames) {
        return settings.knowsTime()
                ? String.format(Locale.ROOT, "%.1f frames (%.2f h)", frames, settings.hours(frames))
                : String.format(Locale.ROOT, "%.1f frames", frames);
    }
}
