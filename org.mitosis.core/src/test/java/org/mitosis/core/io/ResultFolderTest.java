package org.mitosis.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.testing.SharedData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ResultFolderTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsARenumberedRealLineage() throws IOException {
        Lineage truth = ResultFolder.withUniqueIds(CtcReader.read(SharedData.require("epidermis-area1/TRA/man_track.txt").getParent().getParent()));
        ResultFolder.write(truth, dir);
        Lineage back = ResultFolder.read(dir);
        for (String name : ResultFolder.FILES) {
            assertTrue(Files.size(dir.resolve(name)) > 0, name);
        }

        // The folder holds positions and links; the masks' shape features are inputs, not results.
        assertEquals(truth.cells().cells().map(ResultFolderTest::place).toList(), back.cells().cells().map(ResultFolderTest::place).toList());
        assertEquals(truth.links(), back.links());
        assertEquals(335, back.divisions().size());
        assertEquals(List.of("frame,id,x,y"), Files.readAllLines(dir.resolve(ResultFolder.CELLS)).subList(0, 1));
        assertEquals("frame,source,target_frame,target", Files.readAllLines(dir.resolve(ResultFolder.LINKS)).get(0));

        // divisions.csv: one row per daughter of each of the 335 binary divisions, each row a link of the
        // lineage with both cells' positions.
        List<String> rows = Files.readAllLines(dir.resolve(ResultFolder.DIVISIONS));
        assertEquals("frame,cell,x,y,daughter_frame,daughter,daughter_x,daughter_y", rows.get(0));
        assertEquals(2 * 335, rows.size() - 1);
        Set<Link> links = new HashSet<>(truth.links());
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            Cell mother = truth.cells().get(new CellRef(Integer.parseInt(f[0]), Integer.parseInt(f[1])));
            Cell daughter = truth.cells().get(new CellRef(Integer.parseInt(f[4]), Integer.parseInt(f[5])));
            assertTrue(links.contains(new Link(mother.ref(), daughter.ref())), row);
            assertEquals(List.of(mother.x(), mother.y(), daughter.x(), daughter.y()), List.of(Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Double.parseDouble(f[6]), Double.parseDouble(f[7])), row);
        }
    }

    @Test
    void listsEveryDaughterOfEveryMotherInOrder() throws IOException {
        // Mother 2 divides in three (as F0009's track 170 does), mother 1 in two; cell 3 only continues.
        Lineage lineage = new Lineage(CellSequence.of(List.of(new Cell(0, 2, 10, 20), new Cell(0, 1, 5, 6),
                new Cell(0, 3, 50, 50), new Cell(1, 7, 11, 21), new Cell(1, 5, 12, 19), new Cell(1, 6, 9, 22),
                new Cell(1, 4, 5.5, 6), new Cell(1, 8, 4, 7), new Cell(1, 9, 51, 50))),
                List.of(Link.of(0, 2, 1, 7), Link.of(0, 2, 1, 5), Link.of(0, 2, 1, 6), Link.of(0, 1, 1, 8),
                        Link.of(0, 1, 1, 4), Link.of(0, 3, 1, 9)));
        ResultFolder.write(lineage, dir);
        assertEquals(List.of("frame,cell,x,y,daughter_frame,daughter,daughter_x,daughter_y",
                "0,1,5.0,6.0,1,4,5.5,6.0", "0,1,5.0,6.0,1,8,4.0,7.0",
                "0,2,10.0,20.0,1,5,12.0,19.0", "0,2,10.0,20.0,1,6,9.0,22.0", "0,2,10.0,20.0,1,7,11.0,21.0"),
                Files.readAllLines(dir.resolve(ResultFolder.DIVISIONS)));

        ResultFolder.write(Lineage.unlinked(CellSequence.of(List.of(new Cell(0, 1, 0, 0)))), dir.resolve("none"));
        assertEquals(List.of("frame,cell,x,y,daughter_frame,daughter,daughter_x,daughter_y"),
                Files.readAllLines(dir.resolve("none").resolve(ResultFolder.DIVISIONS)));
    }

    @Test
    void renumbersIdsThatRepeatAcrossFrames() throws IOException {
        Lineage trackIds = Lineage.fromTrackIds(CellSequence.of(List.of(new Cell(0, 1, 0, 0), new Cell(1, 1, 1, 0),
                new Cell(2, 2, 2, 0), new Cell(2, 3, 2, 5))), Map.of(2, 1, 3, 1));
        ResultFolder.write(trackIds, dir);
        Lineage back = ResultFolder.read(dir);

        Set<Integer> ids = new HashSet<>();
        back.cells().cells().forEach(c -> assertTrue(ids.add(c.id()), "id " + c.id() + " is unique"));
        assertEquals(CellTableCsvTest.linkPositions(trackIds), CellTableCsvTest.linkPositions(back));
        assertEquals(List.of("1 0 1 0", "2 2 2 1", "3 2 2 1"), Files.readAllLines(dir.resolve(ResultFolder.TRACKS)));
    }

    @Test
    void roundTripsGapLinksAndEmptyResults() throws IOException {
        Lineage gap = new Lineage(CellSequence.of(List.of(new Cell(0, 1, 0, 0), new Cell(2, 2, 1, 1), new Cell(3, 3, 2, 2))),
                List.of(Link.of(0, 1, 2, 2), Link.of(2, 2, 3, 3)));
        ResultFolder.write(gap, dir.resolve("gap"));
        assertEquals(gap.links(), ResultFolder.read(dir.resolve("gap")).links());
        Path table = dir.resolve("gap.csv");
        CellTableCsv.write(gap, table);
        assertEquals(CellTableCsvTest.linkPositions(gap), CellTableCsvTest.linkPositions(CellTableCsv.read(table)));

        ResultFolder.write(Lineage.unlinked(CellSequence.of(List.of())), dir.resolve("empty"));
        assertTrue(ResultFolder.read(dir.resolve("empty")).cells().isEmpty());
    }

    @Test
    void writesATrackMateModel() throws Exception {
        Lineage truth = ResultFolder.withUniqueIds(CtcReader.read(
                SharedData.require("epidermis-area1/TRA/man_track.txt").getParent().getParent()).frames(0, 4));
        ResultFolder.write(truth, dir);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve(ResultFolder.TRACKMATE).toFile());

        Element model = (Element) doc.getDocumentElement().getElementsByTagName("Model").item(0);
        assertEquals("TrackMate", doc.getDocumentElement().getTagName());
        assertEquals("pixel", model.getAttribute("spatialunits"));
        NodeList spots = doc.getElementsByTagName("Spot");
        assertEquals(truth.cells().size(), spots.getLength());
        assertEquals(Integer.toString(truth.cells().size()), ((Element) doc.getElementsByTagName("AllSpots").item(0)).getAttribute("nspots"));
        assertEquals(truth.links().size(), doc.getElementsByTagName("Edge").getLength());
        Element spot = (Element) spots.item(0);
        for (String a : List.of("ID", "name", "FRAME", "POSITION_X", "POSITION_Y", "POSITION_Z", "POSITION_T", "RADIUS", "QUALITY", "VISIBILITY")) {
            assertTrue(spot.hasAttribute(a), "spot attribute " + a);
        }
        Cell first = truth.cells().cells().findFirst().orElseThrow();
        assertEquals(first.x(), Double.parseDouble(spot.getAttribute("POSITION_X")));
        int tracks = doc.getElementsByTagName("Track").getLength();
        assertEquals(tracks, doc.getElementsByTagName("TrackID").getLength(), "every track is shown");
        assertTrue(tracks > 0 && tracks < truth.tracks().size(), tracks + " connected tracks");
        Set<String> spotIds = new HashSet<>();
        for (int i = 0; i < spots.getLength(); i++) {
            assertTrue(spotIds.add(((Element) spots.item(i)).getAttribute("ID")), "spot ids are unique");
        }
        for (String settings : List.of("ImageData", "BasicSettings", "InitialSpotFilter", "SpotFilterCollection",
                "TrackFilterCollection", "AnalyzerCollection")) {
            assertEquals(1, doc.getElementsByTagName(settings).getLength(), "TrackMate's loader needs " + settings);
        }
        NodeList edges = doc.getElementsByTagName("Edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(spotIds.contains(e.getAttribute("SPOT_SOURCE_ID")) && spotIds.contains(e.getAttribute("SPOT_TARGET_ID")));
            assertTrue(Double.parseDouble(e.getAttribute("LINK_COST")) >= 0);
        }
    }

    @Test
    void rejectsBadLinks() throws IOException {
        Files.writeString(dir.resolve(ResultFolder.CELLS), "frame,id,x,y\n0,1,0,0\n1,2,1,1\n1,3,2,2\n");
        Object[][] cases = {
            {"frame,source,target_frame,target\n0,1,1,2\n0,9,1,3\n", 3L, "no cell 9"},
            {"frame,source,target_frame,target\n1,2,0,1\n", 2L, "forward"},
            {"frame,source,target_frame,target\n0,1,1,2\n0,1,1,2\n", 3L, "predecessor"},
            {"frame,source,target\n0,1,2\n", 1L, "columns"},
            {"frame,source,target_frame,target\n0,1,1\n", 2L, "fields"},
        };
        for (Object[] c : cases) {
            Files.writeString(dir.resolve(ResultFolder.LINKS), (String) c[0]);
            BadInputException e = assertThrows(BadInputException.class, () -> ResultFolder.read(dir), (String) c[0]);
            assertEquals(dir.resolve(ResultFolder.LINKS), e.file());
            assertEquals(c[1], e.line(), (String) c[0]);
            assertTrue(e.problem().contains((String) c[2]), e.problem());
        }
    }

    @Test
    void survivesFuzzedResultTables() throws IOException {
        String cells = "frame,id,x,y\n0,1,0,0\n1,2,1,1\n1,3,2,2\n2,4,3,3\n";
        String links = "frame,source,target_frame,target\n0,1,1,2\n0,1,1,3\n1,2,2,4\n";
        Files.writeString(dir.resolve(ResultFolder.CELLS), cells);
        Files.writeString(dir.resolve(ResultFolder.LINKS), links);
        assertEquals(List.of(Link.of(0, 1, 1, 2), Link.of(0, 1, 1, 3), Link.of(1, 2, 2, 4)), ResultFolder.read(dir).links());
        int rejectedLinks = Fuzz.run(dir.resolve(ResultFolder.LINKS), links.getBytes(), 800, 300, p -> ResultFolder.read(dir));
        Files.writeString(dir.resolve(ResultFolder.LINKS), links);
        int rejectedCells = Fuzz.run(dir.resolve(ResultFolder.CELLS), cells.getBytes(), 800, 900, p -> ResultFolder.read(dir));
        assertTrue(rejectedLinks > 200 && rejectedCells > 200, rejectedLinks + " and " + rejectedCells + " rejected");
    }

    private static List<Object> place(Cell c) {
        return List.of(c.frame(), c.id(), c.x(), c.y());
    }
}
