package org.mitosis.core.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;

/**
 * Simulates where cells are in a time-lapse, with the true lineage: cells wander as random walks,
 * slow down before they divide (mitotic cells round up and stop), divide into two daughters that
 * move apart, push each other apart when they touch, leave through the border and enter through
 * it. A cell's id is its track id; daughters are new tracks whose parent is the dividing track.
 *
 * <p>Synthetic: for demos and tests only, never evidence of accuracy on real cells. Deterministic
 * for a given {@link SimulationSettings#seed()}. Cost O(frames · cells²) for the contact pushes,
 * fine up to a few hundred cells per frame.
 */
public final class TimeLapseSimulator {

    /** Frames before division during which a cell is rounded and nearly still. */
    private static final int MITOSIS_FRAMES = 3;

    private final SimulationSettings settings;

    public TimeLapseSimulator(SimulationSettings settings) {
        this.settings = settings.validate();
    }

    /** Runs the simulation. */
    public Lineage simulate() {
        SplittableRandom random = new SplittableRandom(settings.seed());
        List<Agent> alive = new ArrayList<>();
        Map<Integer, Integer> parents = new HashMap<>();
        int[] nextId = {1};
        for (int i = 0; i < settings.initialCells(); i++) {
            double x = random.nextDouble() * settings.width();
            double y = random.nextDouble() * settings.height();
            // Start at a random point of the cycle so divisions spread over the movie.
            alive.add(new Agent(nextId[0]++, x, y, 1 + random.nextInt((int) Math.ceil(settings.cycleMean()))));
        }
        List<Cell> cells = new ArrayList<>();
        for (int frame = 0; frame < settings.frames(); frame++) {
            if (frame > 0) {
                step(alive, parents, nextId, random);
            }
            for (Agent a : alive) {
                cells.add(new Cell(frame, a.id, a.x, a.y));
            }
        }
        return Lineage.fromTrackIds(CellSequence.of(cells, 0, settings.frames() - 1), parents);
    }

    private void step(List<Agent> alive, Map<Integer, Integer> parents, int[] nextId, SplittableRandom random) {
        List<Agent> born = new ArrayList<>();
        for (Iterator<Agent> it = alive.iterator(); it.hasNext();) {
            Agent a = it.next();
            a.untilDivision--;
            if (a.untilDivision <= 0) {
                it.remove();
                double angle = random.nextDouble() * 2 * Math.PI;
                double dx = Math.cos(angle) * settings.cellRadius();
                double dy = Math.sin(angle) * settings.cellRadius();
                for (int side = -1; side <= 1; side += 2) {
                    Agent d = new Agent(nextId[0]++, a.x + side * dx, a.y + side * dy, cycleLength(random));
                    parents.put(d.id, a.id);
                    born.add(d);
                }
            } else {
                double s = a.untilDivision <= MITOSIS_FRAMES ? settings.speed() * 0.1 : settings.speed();
                a.x += random.nextGaussian() * s;
                a.y += random.nextGaussian() * s;
            }
        }
        alive.addAll(born);
        pushApart(alive);
        alive.removeIf(a -> a.x < 0 || a.y < 0 || a.x >= settings.width() || a.y >= settings.height());
        int entering = poisson(settings.entryRate(), random);
        for (int i = 0; i < entering; i++) {
            alive.add(enterThroughBorder(nextId[0]++, random));
        }
    }

    /** One relaxation sweep that moves overlapping cells apart to about two radii. */
    private void pushApart(List<Agent> alive) {
        double contact = 2 * settings.cellRadius();
        for (int i = 0; i < alive.size(); i++) {
            for (int j = i + 1; j < alive.size(); j++) {
                Agent a = alive.get(i);
                Agent b = alive.get(j);
                double dx = b.x - a.x;
                double dy = b.y - a.y;
                double d = Math.hypot(dx, dy);
                if (d < contact && d > 1e-9) {
                    double push = (contact - d) / 4 / d;
                    a.x -= dx * push;
                    a.y -= dy * push;
                    b.x += dx * push;
                    b.y += dy * push;
                }
            }
        }
    }

    private Agent enterThroughBorder(int id, SplittableRandom random) {
        double along = random.nextDouble();
        double inset = random.nextDouble() * settings.cellRadius();
        return switch (random.nextInt(4)) {
            case 0 -> new Agent(id, along * settings.width(), inset, cycleLength(random));
            case 1 -> new Agent(id, along * settings.width(), settings.height() - 1 - inset, cycleLength(random));
            case 2 -> new Agent(id, inset, along * settings.height(), cycleLength(random));
            default -> new Agent(id, settings.width() - 1 - inset, along * settings.height(), cycleLength(random));
        };
    }

    private int cycleLength(SplittableRandom random) {
        return Math.max(MITOSIS_FRAMES + 1,
                (int) Math.round(settings.cycleMean() + random.nextGaussian() * settings.cycleSpread()));
    }

    /** Knuth's method; rates here are small. */
    private static int poisson(double rate, SplittableRandom random) {
        double limit = Math.exp(-rate);
        double p = random.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= random.nextDouble();
            k++;
        }
        return k;
    }

    /** A simulated cell while it lives. */
    private static final class Agent {
        final int id;
        double x;
        double y;
        int untilDivision;

        Agent(int id, double x, double y, int untilDivision) {
            this.id = id;
            this.x = x;
            this.y = y;
            this.untilDivision = untilDivision;
        }
    }
}
