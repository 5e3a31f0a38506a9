package org.mitosis.core.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;

/**
 * Writes a lineage as a TrackMate XML file (Tinevez et al., Methods 115:80, 2017) that Fiji's
 * TrackMate opens: the model ({@code Model} with {@code FeatureDeclarations},
 * {@code AllSpots/SpotsInFrame/Spot}, {@code AllTracks/Track/Edge}, {@code FilteredTracks}) and
 * the minimal {@code Settings} its loader requires (no image file, no detector or tracker), with
 * element and attribute names as in TrackMate's {@code TmXmlKeys}, units pixel and frame.
 *
 * <p>Spot {@code ID}s are 0..n-1 in frame order; a track is a connected set of linked cells
 * (a cell without links is a spot outside every track); {@code LINK_COST} is the link's length in
 * pixels. Current TrackMate marks visible spots with {@code VISIBILITY=1}; the
 * {@code FilteredSpots} element of TrackMate 1.x-2.x files is not written. O(cells + links).
 */
public final class TrackMateXmlWriter {

    /** Spot radius used where none is given, pixels. */
    public static final double DEFAULT_RADIUS = 10;

    /** TrackMate version written in the root element: a current one, whose reader we follow. */
    private static final String VERSION = "7.13.2";

    private static final String[][] SPOT_FEATURES = {
        {"QUALITY", "Quality", "Quality", "QUALITY", "false"},
        {"POSITION_X", "X", "X", "POSITION", "false"},
        {"POSITION_Y", "Y", "Y", "POSITION", "false"},
        {"POSITION_Z", "Z", "Z", "POSITION", "false"},
        {"POSITION_T", "T", "T", "TIME", "false"},
        {"FRAME", "Frame", "Frame", "NONE", "true"},
        {"RADIUS", "Radius", "R", "LENGTH", "false"},
        {"VISIBILITY", "Visibility", "Visibility", "NONE", "true"},
    };
    private static final String[][] EDGE_FEATURES = {
        {"SPOT_SOURCE_ID", "Source spot ID", "Source ID", "NONE", "true"},
        {"SPOT_TARGET_ID", "Target spot ID", "Target ID", "NONE", "true"},
        {"LINK_COST", "Edge cost", "Cost", "COST", "false"},
    };
    private static final String[][] TRACK_FEATURES = {
        {"TRACK_ID", "Track ID", "Track ID", "NONE", "true"},
        {"TRACK_INDEX", "Track index", "Index", "NONE", "true"},
    };

    private final double radius;

    /**
     * @param radius spot radius in pixels, {@code > 0} (TrackMate draws spots with it)
     */
    public TrackMateXmlWriter(double radius) {
        if (!(radius > 0) || !Double.isFinite(radius)) {
            throw new IllegalArgumentException("spot radius " + radius + " is not a positive number of pixels");
        }
        this.radius = radius;
    }

    /** Writes {@code lineage} to {@code file}. */
    public void write(Lineage lineage, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("TrackMate");
            xml.writeAttribute("version", VERSION);
            xml.writeStartElement("Model");
            xml.writeAttribute("spatialunits", "pixel");
            xml.writeAttribute("timeunits", "frame");
            writeDeclarations(xml);
            Map<CellRef, Integer> spotId = writeSpots(xml, lineage);
            writeTracks(xml, lineage, spotId);
            xml.writeEndElement();
            writeSettings(xml, lineage);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The settings TrackMate's loader needs to open the file without an image: image data with
     * no file name (TrackMate then makes an empty image of the spots' extent), crop settings,
     * and empty filter and analyzer collections.
     */
    private static void writeSettings(XMLStreamWriter xml, Lineage lineage) throws XMLStreamException {
        int width = 1 + (int) Math.ceil(lineage.cells().cells().mapToDouble(Cell::x).max().orElse(0));
        int height = 1 + (int) Math.ceil(lineage.cells().cells().mapToDouble(Cell::y).max().orElse(0));
        int frames = Math.max(1, lineage.cells().lastFrame() + 1);
        xml.writeStartElement("Settings");
        xml.writeEmptyElement("ImageData");
        String[][] image = {{"filename", ""}, {"folder", ""}, {"width", Integer.toString(width)},
            {"height", Integer.toString(height)}, {"nslices", "1"}, {"nframes", Integer.toString(frames)},
            {"pixelwidth", "1.0"}, {"pixelheight", "1.0"}, {"voxeldepth", "1.0"}, {"timeinterval", "1.0"}};
        attributes(xml, image);
        xml.writeEmptyElement("BasicSettings");
        String[][] crop = {{"xstart", "0"}, {"xend", Integer.toString(width - 1)}, {"ystart", "0"},
            {"yend", Integer.toString(height - 1)}, {"zstart", "0"}, {"zend", "0"}, {"tstart", "0"},
            {"tend", Integer.toString(frames - 1)}};
        attributes(xml, crop);
        xml.writeEmptyElement("InitialSpotFilter");
        attributes(xml, new String[][] {{"feature", "QUALITY"}, {"value", "0.0"}, {"isabove", "true"}});
        xml.writeEmptyElement("SpotFilterCollection");
        xml.writeEmptyElement("TrackFilterCollection");
        xml.writeStartElement("AnalyzerCollection");
        xml.writeEmptyElement("SpotAnalyzers");
        xml.writeEmptyElement("EdgeAnalyzers");
        xml.writeEmptyElement("TrackAnalyzers");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void attributes(XMLStreamWriter xml, String[][] pairs) throws XMLStreamException {
        for (String[] p : pairs) {
            xml.writeAttribute(p[0], p[1]);
        }
    }

    private static void writeDeclarations(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("FeatureDeclarations");
        declare(xml, "SpotFeatures", SPOT_FEATURES);
        declare(xml, "EdgeFeatures", EDGE_FEATURES);
        declare(xml, "TrackFeatures", TRACK_FEATURES);
        xml.writeEndElement();
    }

    private static void declare(XMLStreamWriter xml, String group, String[][] features) throws XMLStreamException {
        xml.writeStartElement(group);
        for (String[] f : features) {
            xml.writeEmptyElement("Feature");
            xml.writeAttribute("feature", f[0]);
            xml.writeAttribute("name", f[1]);
            xml.writeAttribute("shortname", f[2]);
            xml.writeAttribute("dimension", f[3]);
            xml.writeAttribute("isint", f[4]);
        }
        xml.writeEndElement();
    }

    private Map<CellRef, Integer> writeSpots(XMLStreamWriter xml, Lineage lineage) throws XMLStreamException {
        Map<CellRef, Integer> spotId = new HashMap<>();
        xml.writeStartElement("AllSpots");
        xml.writeAttribute("nspots", Integer.toString(lineage.cells().size()));
        for (int f = lineage.cells().firstFrame(); f <= lineage.cells().lastFrame(); f++) {
            xml.writeStartElement("SpotsInFrame");
            xml.writeAttribute("frame", Integer.toString(f));
            for (Cell c : lineage.cells().cellsIn(f)) {
                int id = spotId.size();
                spotId.put(c.ref(), id);
                xml.writeEmptyElement("Spot");
                xml.writeAttribute("ID", Integer.toString(id));
                xml.writeAttribute("name", "cell " + c.id());
                xml.writeAttribute("QUALITY", "1.0");
                xml.writeAttribute("POSITION_X", Double.toString(c.x()));
                xml.writeAttribute("POSITION_Y", Double.toString(c.y()));
                xml.writeAttribute("POSITION_Z", "0.0");
                xml.writeAttribute("POSITION_T", Double.toString(f));
                xml.writeAttribute("FRAME", Integer.toString(f));
                xml.writeAttribute("RADIUS", Double.toString(radius));
                xml.writeAttribute("VISIBILITY", "1");
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        return spotId;
    }

    private static void writeTracks(XMLStreamWriter xml, Lineage lineage, Map<CellRef, Integer> spotId)
            throws XMLStreamException {
        List<List<Link>> tracks = TrackComponents.of(lineage);
        xml.writeStartElement("AllTracks");
        for (int t = 0; t < tracks.size(); t++) {
            xml.writeStartElement("Track");
            xml.writeAttribute("name", "Track_" + t);
            xml.writeAttribute("TRACK_ID", Integer.toString(t));
            xml.writeAttribute("TRACK_INDEX", Integer.toString(t));
            for (Link l : tracks.get(t)) {
                double cost = lineage.cells().get(l.source()).distanceTo(lineage.cells().get(l.target()));
                xml.writeEmptyElement("Edge");
                xml.writeAttribute("SPOT_SOURCE_ID", Integer.toString(spotId.get(l.source())));
                xml.writeAttribute("SPOT_TARGET_ID", Integer.toString(spotId.get(l.target())));
                xml.writeAttribute("LINK_COST", Double.toString(cost));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement("FilteredTracks");
        for (int t = 0; t < tracks.size(); t++) {
            xml.writeEmptyElement("TrackID");
            xml.writeAttribute("TRACK_ID", Integer.toString(t));
        }
        xml.writeEndElement();
    }

    /** The links of each connected set of linked cells, ordered by their first cell. */
    private static final class TrackComponents {

        static List<List<Link>> of(Lineage lineage) {
            Map<CellRef, CellRef> root = new HashMap<>();
            for (Link l : lineage.links()) {
                CellRef a = find(root, l.source());
                CellRef b = find(root, l.target());
                if (!a.equals(b)) {
                    root.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
                }
            }
            Map<CellRef, List<Link>> byRoot = new TreeMap<>();
            for (Link l : lineage.links()) {
                byRoot.computeIfAbsent(find(root, l.source()), k -> new ArrayList<>()).add(l);
            }
            return new ArrayList<>(byRoot.values());
        }

        private static CellRef find(Map<CellRef, CellRef> root, CellRef c) {
            CellRef r = c;
            while (root.containsKey(r)) {
                r = root.get(r);
            }
            if (!r.equals(c)) {
                root.put(c, r);
            }
            return r;
        }
    }
}
