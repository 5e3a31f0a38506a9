package org.mitosis.core.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.io.GrayImage;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.io.LabelMasks;
import org.mitosis.core.monitor.CanceledException;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.ops.DivisionGalleryOperation;
import org.mitosis.core.testing.Cancel;

class DivisionGalleryTest {

    private static final int W = 200;
    private static final int H = 150;
    private static final int CAPTION = 18;
    private static final GallerySettings SETTINGS = new GallerySettings(96, 1, 2, 2);
    private static final int SIDE = 192;
    private static final int GAP = 4;

    /** Mother cell 1 at (100, 75) in frame 2, followed from frame 0, dividing into 2 and 3; cell 9 sits apart. */
    private static Lineage division(int motherFrame) {
        List<Cell> cells = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int f = 0; f < 5; f++) {
            cells.add(new Cell(f, 9, 100, 110));
        }
        int first = Math.max(0, motherFrame - 2);
        for (int f = first; f <= motherFrame; f++) {
            cells.add(new Cell(f, 1, 100, 75));
            if (f > first) {
                links.add(new Link(new CellRef(f - 1, 1), new CellRef(f, 1)));
            }
        }
        for (int f = motherFrame + 1; f <= motherFrame + 2; f++) {
            int dx = 10 + 2 * (f - motherFrame - 1);
            cells.add(new Cell(f, 2, 100 - dx, 75));
            cells.add(new Cell(f, 3, 100 + dx, 75));
            CellRef from2 = f == motherFrame + 1 ? new CellRef(motherFrame, 1) : new CellRef(f - 1, 2);
            CellRef from3 = f == motherFrame + 1 ? new CellRef(motherFrame, 1) : new CellRef(f - 1, 3);
            links.add(new Link(from2, new CellRef(f, 2)));
            links.add(new Link(from3, new CellRef(f, 3)));
        }
        return new Lineage(CellSequence.of(cells), links);
    }

    /** Background 1000 with a bright 12x12 square (5000) at x 130-141, y 40-51. */
    private static GrayImage frame(int f) {
        short[] s = new short[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                s[y * W + x] = (short) (x >= 130 && x < 142 && y >= 40 && y < 52 ? 5000 : 1000);
            }
        }
        return new GrayImage(W, H, 16, s);
    }

    /** The strips of every division of {@code lineage}, its cells circled (no segmentation). */
    private static List<DivisionStrip> draw(DivisionGallery gallery, Lineage lineage, int frameCount,
            IntFunction<GrayImage> frames, ProgressMonitor monitor) {
        return draw(gallery, DivisionGallery.divisionsOf(lineage), frameCount, frames, monitor);
    }

    private static List<DivisionStrip> draw(DivisionGallery gallery, List<DivisionGallery.Subject> subjects, int frameCount,
            IntFunction<GrayImage> frames, ProgressMonitor monitor) {
        return gallery.draw(subjects, frameCount, frames, Optional.empty(), monitor);
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** Screen position of image point (x, y) in panel p of a strip around a mother at (100, 75). */
    private static int[] screen(int panel, double x, double y) {
        return new int[] {(int) Math.round(panel * (SIDE + GAP) + (x - 52) * 2 + 1), (int) Math.round(CAPTION + (y - 27) * 2 + 1)};
    }

    /** Pixels within 2 px of the circle of radius r around (x, y) that the predicate accepts. */
    private static int onCircle(BufferedImage img, int[] centre, int r, IntPredicate colour) {
        int n = 0;
        for (int y = centre[1] - r - 2; y <= centre[1] + r + 2; y++) {
            for (int x = centre[0] - r - 2; x <= centre[0] + r + 2; x++) {
                double d = Math.hypot(x - centre[0], y - centre[1]);
                if (Math.abs(d - r) <= 2 && colour.test(img.getRGB(x, y))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xff;
    }

    private static int green(int rgb) {
        return (rgb >> 8) & 0xff;
    }

    private static int blue(int rgb) {
        return rgb & 0xff;
    }

    private static final IntPredicate CYAN = rgb -> red(rgb) < 80 && green(rgb) > 150 && blue(rgb) > 200;
    private static final IntPredicate RED = rgb -> red(rgb) > 200 && green(rgb) < 100 && blue(rgb) < 100;

    /**
     * Cells read from a segmentation are outlined along their labels instead of circled: the mother's
     * 7x7 label in cyan, the daughters' in red; a cell the mask lacks is circled as before.
     */
    @Test
    void cellsFromASegmentationAreOutlinedAlongTheirLabels(@TempDir Path dir) throws IOException {
        Lineage lineage = division(2);
        Path masks = Files.createDirectories(dir.resolve("masks"));
        for (int f = 0; f < 5; f++) {
            BufferedImage mask = new BufferedImage(W, H, BufferedImage.TYPE_USHORT_GRAY);
            for (Cell c : lineage.cells().cellsIn(f)) {
                if (f == 3 && c.id() == 3) {
                    continue;
                }
                for (int y = (int) c.y() - 3; y <= c.y() + 3; y++) {
                    for (int x = (int) c.x() - 3; x <= c.x() + 3; x++) {
                        mask.getRaster().setSample(x, y, 0, c.id());
                    }
                }
            }
            ImageIO.write(mask, "png", masks.resolve("m" + f + ".png").toFile());
        }
        ImageSequence labels = LabelMasks.open(masks);

        BufferedImage img = decode(new DivisionGallery(SETTINGS).draw(DivisionGallery.divisionsOf(lineage), 5,
                DivisionGalleryTest::frame, Optional.of(f -> LabelMasks.labelImage(labels, f)), ProgressMonitor.NONE).get(0).png());

        int[] left = screen(1, 97, 75);
        assertTrue(CYAN.test(img.getRGB(left[0], left[1])), "the mother's label's left edge, frame 2");
        assertFalse(CYAN.test(img.getRGB(screen(1, 100, 75)[0], screen(1, 100, 75)[1])), "inside her label, no line");
        assertEquals(0, onCircle(img, screen(1, 100, 75), 19, CYAN), "no circle around an outlined mother");
        int[] daughter = screen(2, 87, 75);
        assertTrue(RED.test(img.getRGB(daughter[0], daughter[1])), "daughter 2's label's left edge, frame 3");
        assertEquals(0, onCircle(img, screen(3, 88, 75), 19, RED) + onCircle(img, screen(3, 112, 75), 19, RED),
                "no circles around the outlined daughters in frame 4");
        assertTrue(onCircle(img, screen(2, 110, 75), 19, RED) > 20, "daughter 3, missing from the mask, circled");
    }

    @Test
    void stripShowsTheFramesAroundTheDivisionWithTheMotherInCyanAndDaughtersInRed() throws IOException {
        List<DivisionStrip> strips = draw(new DivisionGallery(SETTINGS), division(2), 5, DivisionGalleryTest::frame, ProgressMonitor.NONE);
        assertEquals(1, strips.size());
        DivisionStrip strip = strips.get(0);
        assertEquals(new CellRef(2, 1), strip.mother());
        assertEquals(List.of(new CellRef(3, 2), new CellRef(3, 3)), strip.daughters());
        BufferedImage img = decode(strip.png());
        assertEquals(4 * SIDE + 3 * GAP, img.getWidth(), "frames 1 to 4 side by side");
        assertEquals(CAPTION + SIDE, img.getHeight());
        for (int p = 0; p < 4; p++) {
            int[] square = screen(p, 135, 45);
            int[] background = screen(p, 60, 120);
            assertEquals(0xffffff, img.getRGB(square[0], square[1]) & 0xffffff, "the bright square, stretched to white, panel " + p);
            assertEquals(0, img.getRGB(background[0], background[1]) & 0xffffff, "the background, stretched to black, panel " + p);
            int[] other = screen(p, 100, 110);
            assertTrue(green(img.getRGB(other[0], other[1])) > 200 && red(img.getRGB(other[0], other[1])) < 150,
                    "cell 9 is a green dot in panel " + p);
        }
        int r = 19;
        assertTrue(onCircle(img, screen(0, 100, 75), r, CYAN) > 20, "the mother's predecessor circled in cyan");
        assertTrue(onCircle(img, screen(1, 100, 75), r, CYAN) > 20, "the mother circled in cyan");
        assertEquals(0, onCircle(img, screen(1, 100, 75), r, RED), "the mother is not red");
        assertTrue(onCircle(img, screen(2, 90, 75), r, RED) > 20, "daughter 2 circled in red");
        assertTrue(onCircle(img, screen(2, 110, 75), r, RED) > 20, "daughter 3 circled in red");
        assertTrue(onCircle(img, screen(3, 88, 75), r, RED) > 20, "daughter 2's successor circled in red");
        assertEquals(0, onCircle(img, screen(2, 90, 75), r, CYAN), "daughters are not cyan");
        // Each daughter numbered beside her circle in her first frame (as the page lists her), not after it.
        assertTrue(yellowBeside(img, screen(2, 90, 75), r) > 3, "daughter 2 numbered");
        assertTrue(yellowBeside(img, screen(2, 110, 75), r) > 3, "daughter 3 numbered");
        assertEquals(0, yellowBeside(img, screen(3, 88, 75), r), "her successor is not numbered");
    }

    /** Yellow pixels where a daughter's number is written: up and right of the circle of radius r around the centre. */
    private static int yellowBeside(BufferedImage img, int[] centre, int r) {
        int n = 0;
        for (int y = centre[1] - r * 3 / 4 - 12; y <= centre[1] - r * 3 / 4 + 1; y++) {
            for (int x = centre[0] + r * 3 / 4 - 1; x <= centre[0] + r * 3 / 4 + 12; x++) {
                int rgb = img.getRGB(x, y);
                if (red(rgb) > 200 && green(rgb) > 200 && blue(rgb) < 80) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void framesBeforeTheMovieAreDarkGray() throws IOException {
        BufferedImage img = decode(draw(new DivisionGallery(SETTINGS), division(0), 5, DivisionGalleryTest::frame, ProgressMonitor.NONE)
                .get(0).png());
        assertEquals(0x3c3c3c, img.getRGB(SIDE / 2, CAPTION + SIDE - 10) & 0xffffff, "frame -1 does not exist");
        int[] square = screen(1, 135, 45);
        assertEquals(0xffffff, img.getRGB(square[0], square[1]) & 0xffffff, "frame 0 is shown");
    }

    @Test
    void cropsReachingPastTheImageEdgeShowDarkGrayThere() throws IOException {
        CellSequence cells = CellSequence.of(List.of(new Cell(1, 1, 5, 5), new Cell(2, 2, 0, 8), new Cell(2, 3, 12, 3)));
        Lineage edge = new Lineage(cells, List.of(new Link(new CellRef(1, 1), new CellRef(2, 2)),
                new Link(new CellRef(1, 1), new CellRef(2, 3))));
        BufferedImage img = decode(draw(new DivisionGallery(SETTINGS), edge, 5, DivisionGalleryTest::frame, ProgressMonitor.NONE).get(0).png());
        assertEquals(0x3c3c3c, img.getRGB(20, CAPTION + 20) & 0xffffff, "above and left of the image");
    }

    @Test
    void eachFrameIsReadOnceWhateverTheNumberOfDivisionsInIt() {
        Lineage one = division(2);
        List<Cell> cells = new ArrayList<>(one.cells().cells().toList());
        List<Link> links = new ArrayList<>(one.links());
        cells.add(new Cell(2, 20, 40, 40));
        cells.add(new Cell(3, 21, 35, 40));
        cells.add(new Cell(3, 22, 45, 40));
        links.add(new Link(new CellRef(2, 20), new CellRef(3, 21)));
        links.add(new Link(new CellRef(2, 20), new CellRef(3, 22)));
        List<Integer> reads = new ArrayList<>();
        IntFunction<GrayImage> counting = f -> {
            reads.add(f);
            return frame(f);
        };
        List<DivisionStrip> strips = draw(new DivisionGallery(SETTINGS), new Lineage(CellSequence.of(cells), links), 5, counting, ProgressMonitor.NONE);
        assertEquals(2, strips.size());
        assertEquals(List.of(1, 2, 3, 4), reads);
    }

    @Test
    void divisionsOutsideTheImagesAreRefusedWithWhatDoesNotFit() {
        DivisionGallery gallery = new DivisionGallery(SETTINGS);
        IllegalArgumentException past = assertThrows(IllegalArgumentException.class,
                () -> draw(gallery, division(2), 2, DivisionGalleryTest::frame, ProgressMonitor.NONE));
        assertTrue(past.getMessage().contains("frame 2") && past.getMessage().contains("2 frames (0-1)"), past.getMessage());
        IntFunction<GrayImage> small = f -> new GrayImage(50, 50, 8, new short[2500]);
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> draw(gallery, division(2), 5, small, ProgressMonitor.NONE));
        assertTrue(outside.getMessage().contains("(100.0, 75.0)") && outside.getMessage().contains("50x50"), outside.getMessage());
    }

    @Test
    void cancelingStopsBeforeTheNextFrame() {
        List<Integer> reads = new ArrayList<>();
        IntFunction<GrayImage> counting = f -> {
            reads.add(f);
            return frame(f);
        };
        assertThrows(CanceledException.class, () -> draw(new DivisionGallery(SETTINGS), division(2), 5, counting, Cancel.after(2)));
        assertEquals(List.of(1, 2), reads, "two frames read, canceled before the third");
        reads.clear();
        assertThrows(CanceledException.class, () -> draw(new DivisionGallery(SETTINGS), division(2), 5, counting, Cancel.after(4)));
        assertEquals(List.of(1, 2, 3, 4), reads, "every frame read, canceled before drawing");
    }

    @Test
    void settingsOutOfRangeAreAllNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DivisionGallery(new GallerySettings(8, -1, 0, 9)));
        for (String part : List.of("crop size 8 px", "frames before -1", "frames after 0", "zoom 9")) {
            assertTrue(e.getMessage().contains(part), e.getMessage());
        }
        assertEquals(List.of(), GallerySettings.defaults().problems());
    }

    @Test
    void folderHoldsOnePngPerDivisionAndAPageToTickTheRealOnes(@TempDir Path dir) throws IOException {
        Lineage lineage = division(2);
        List<DivisionStrip> strips = draw(new DivisionGallery(SETTINGS), lineage, 5, DivisionGalleryTest::frame, ProgressMonitor.NONE);
        GalleryFolder.write(strips, dir.resolve("gallery"));
        Path png = dir.resolve("gallery").resolve("frame0002-cell1.png");
        assertTrue(Files.isRegularFile(png));
        assertEquals(4 * SIDE + 3 * GAP, decode(Files.readAllBytes(png)).getWidth());
        String page = Files.readString(dir.resolve("gallery").resolve(GalleryFolder.INDEX), StandardCharsets.UTF_8);
        assertTrue(page.contains("<img src=\"frame0002-cell1.png\""), page);
        assertTrue(page.contains("<td>1 = 3:2, 2 = 3:3</td>"), "the daughters numbered as in the strip: " + page);
        assertTrue(page.contains("<select data-continues><option value=\"\">the nearest</option><option value=\"3:2\">"
                + "daughter 1</option><option value=\"3:3\">daughter 2</option></select>"),
                "which daughter the mother is, if the division is not real: " + page);
        assertTrue(page.contains("<h1>1 division</h1>"), page);
        assertTrue(page.contains("<input type=\"checkbox\" checked data-division=\"2,1,100.0,75.0,3:2 3:3\">"),
                "a tick box carrying the verdict file's row: " + page);
        assertTrue(page.contains("a.download = '" + GalleryFolder.VERDICTS + "'"), page);
    }

    @Test
    void atAnotherCellScaleTheCropFollowsTheCellsAndTheZoomKeepsTheirSizeOnScreen() {
        assertEquals(new GallerySettings(48, 1, 2, 4), GallerySettings.defaults().atCellScale(0.5));
        assertEquals(new GallerySettings(192, 1, 2, 1), GallerySettings.defaults().atCellScale(2));
        assertEquals(GallerySettings.defaults(), GallerySettings.defaults().atCellScale(1));
        assertEquals(new GallerySettings(16, 1, 2, 8), GallerySettings.defaults().atCellScale(0.05), "clamped");
        assertThrows(IllegalArgumentException.class, () -> GallerySettings.defaults().atCellScale(0));
    }

    @Test
    void aSubjectCanBeDottedWithAnotherLineagesCells() throws IOException {
        Lineage truth = division(2);
        // what a detector saw in frame 3: one cell, below the two daughters
        CellSequence seen = CellSequence.of(List.of(new Cell(3, 50, 100, 95)));
        DivisionStrip strip = draw(new DivisionGallery(SETTINGS), List.of(new DivisionGallery.Subject(truth, new CellRef(2, 1),
                "missed", seen)), 5, DivisionGalleryTest::frame, ProgressMonitor.NONE).get(0);
        assertEquals("missed", strip.label());
        assertEquals(100, strip.x());
        assertEquals(75, strip.y());
        BufferedImage img = decode(strip.png());
        int[] dot = screen(2, 100, 95);
        assertTrue(green(img.getRGB(dot[0], dot[1])) > 200 && red(img.getRGB(dot[0], dot[1])) < 150, "the detection as a dot");
        int[] truthOnly = screen(2, 100, 110);
        assertEquals(0, img.getRGB(truthOnly[0], truthOnly[1]) & 0xffffff, "the truth's other cell is not dotted");
        assertTrue(onCircle(img, screen(2, 90, 75), 19, RED) > 20, "the truth's daughter circled");
    }

    @Test
    void againstTheTruthEachDivisionIsFoundFalseOrMissedAndThePageSaysSo(@TempDir Path dir) throws IOException {
        Lineage truth = division(2);
        // The result keeps one daughter link only (the division missed) and divides cell 9 falsely in frame 1.
        List<Link> links = new ArrayList<>(truth.links());
        links.remove(new Link(new CellRef(2, 1), new CellRef(3, 3)));
        List<Cell> cells = new ArrayList<>(truth.cells().cells().toList());
        cells.add(new Cell(2, 30, 100, 122));
        links.add(new Link(new CellRef(1, 9), new CellRef(2, 9)));
        links.add(new Link(new CellRef(1, 9), new CellRef(2, 30)));
        Lineage result = new Lineage(CellSequence.of(cells), links);
        Path movie = dir.resolve("movie");
        Files.createDirectories(movie);
        for (int f = 0; f < 5; f++) {
            GrayImage g = frame(f);
            BufferedImage b = new BufferedImage(W, H, BufferedImage.TYPE_USHORT_GRAY);
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    b.getRaster().setSample(x, y, 0, g.value(x, y));
                }
            }
            ImageIO.write(b, "png", movie.resolve(f + ".png").toFile());
        }
        List<DivisionStrip> strips = new DivisionGalleryOperation(SETTINGS).run(result, truth,
                EvaluationSettings.DEFAULTS, ImageSequence.open(movie), Optional.empty(),
                ProgressMonitor.NONE);
        assertEquals(List.of("false", "missed"), strips.stream().map(DivisionStrip::label).toList(), "in frame order");
        assertEquals(new CellRef(1, 9), strips.get(0).mother());
        assertEquals(new CellRef(2, 1), strips.get(1).mother());
        GalleryFolder.write(strips, dir.resolve("gallery"));
        assertTrue(Files.isRegularFile(dir.resolve("gallery").resolve("missed-frame0002-cell1.png")));
        String page = Files.readString(dir.resolve("gallery").resolve(GalleryFolder.INDEX));
        assertTrue(page.contains("<th>truth</th>") && page.contains("<tr><td>missed</td>"), page);
        assertFalse(page.contains("<script>"), "no tick boxes where the truth has judged");
    }
}
