package org.mitosis.core.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;

class TimeLapseSimulatorTest {

    private static final SimulationSettings SETTINGS = SimulationSettings.defaults();

    @Test
    void sameSeedSameMovie() {
        Lineage a = new TimeLapseSimulator(SETTINGS).simulate();
        Lineage b = new TimeLapseSimulator(SETTINGS).simulate();
        assertEquals(a.links(), b.links());
        assertEquals(a.cells().cells().toList(), b.cells().cells().toList());
    }

    @Test
    void divisionsGiveTwoNearbyDaughtersInTheNextFrame() {
        Lineage l = new TimeLapseSimulator(SETTINGS).simulate();
        List<CellRef> divisions = l.divisions();
        assertTrue(divisions.size() >= 20, "a 50-frame movie with a 40-frame cycle divides often: " + divisions.size());
        for (CellRef parent : divisions) {
            List<CellRef> daughters = l.successors(parent);
            assertEquals(2, daughters.size());
            Cell p = l.cells().get(parent);
            for (CellRef d : daughters) {
                assertEquals(parent.frame() + 1, d.frame());
                assertTrue(p.distanceTo(l.cells().get(d)) < 4 * SETTINGS.cellRadius(), "daughter far from parent");
            }
        }
    }

    @Test
    void cellsStayInTheFieldAndEnterThroughTheBorder() {
        Lineage l = new TimeLapseSimulator(SETTINGS).simulate();
        assertTrue(l.cells().cells().allMatch(c -> c.x() >= 0 && c.y() >= 0
                && c.x() < SETTINGS.width() && c.y() < SETTINGS.height()));
        long entered = l.tracks().stream().filter(t -> t.parent() == 0 && t.startFrame() > 0).count();
        assertTrue(entered > 0, "some cells enter during the movie");
        assertEquals(50, l.cells().frameCount());
    }

    @Test
    void rejectsBadSettingsListingEveryProblem() {
        SimulationSettings bad = new SimulationSettings(0, -1, 100, 100, 5, 1, 10, 1, 0, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad::validate);
        assertTrue(e.getMessage().contains("frames") && e.getMessage().contains("initial cells"), e.getMessage());
    }
}
