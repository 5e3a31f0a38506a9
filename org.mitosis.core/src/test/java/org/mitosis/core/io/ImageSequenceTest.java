package org.mitosis.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.testing.SharedData;

class ImageSequenceTest {

    @TempDir
    Path dir;

    @Test
    void readsTheRealEightBitPngFrames() {
        Path folder = SharedData.require("c2c12-F0009-frames700-709/0000.png").getParent();
        ImageSequence seq = ImageSequence.open(folder);

        assertEquals(10, seq.frameCount());
        assertEquals("0009.png", seq.file(9).getFileName().toString());
        GrayImage frame = seq.read(3);
        assertEquals(1392, frame.width());
        assertEquals(1040, frame.height());
        assertEquals(8, frame.bitDepth());
        float[] px = frame.toFloatArray();
        assertEquals(1392 * 1040, px.length);
        double mean = 0;
        float max = 0;
        for (float v : px) {
            mean += v / px.length;
            max = Math.max(max, v);
        }
        assertTrue(mean > 20 && mean < 235 && max <= 255, "mean " + mean + ", max " + max);
        assertEquals(frame.value(700, 500), (int) px[500 * 1392 + 700]);
    }

    @Test
    void readsSixteenBitTiffsInNaturalOrder() {
        Path tra = SharedData.require("epidermis-area1/TRA/man_track0.tif").getParent();
        ImageSequence seq = ImageSequence.open(tra);

        assertEquals(15, seq.frameCount(), "the track file is not an image");
        assertEquals("man_track2.tif", seq.file(2).getFileName().toString());
        assertEquals("man_track10.tif", seq.file(10).getFileName().toString());
        GrayImage mask = seq.read(10);
        assertEquals(16, mask.bitDepth());
        assertEquals(460, mask.width());
        // the labels of the mask are the cells of frame 10
        List<Integer> labels = LabelMaskReader.read(seq.file(10), 10).stream().map(Cell::id).toList();
        int maxLabel = 0;
        for (short s : mask.toShortArray()) {
            maxLabel = Math.max(maxLabel, Short.toUnsignedInt(s));
        }
        assertEquals(labels.get(labels.size() - 1), maxLabel);
    }

    @Test
    void keepsSixteenBitValuesAboveTheSignedRange() throws IOException {
        BufferedImage im = new BufferedImage(3, 2, BufferedImage.TYPE_USHORT_GRAY);
        int[] values = {0, 1, 255, 256, 40000, 65535};
        im.getRaster().setPixels(0, 0, 3, 2, values);
        ImageIO.write(im, "png", dir.resolve("a.png").toFile());
        GrayImage g = ImageSequence.open(dir).read(0);

        assertArrayEquals(new float[] {0, 1, 255, 256, 40000, 65535}, g.toFloatArray());
        assertEquals(65535, g.value(2, 1));
        assertEquals(65535, g.maxValue());
    }

    @Test
    void ordersNamesNaturally() {
        List<String> names = new ArrayList<>(List.of("t10.tif", "t2.tif", "t1.tif", "t002.tif", "s3.png", "t1a.tif"));
        names.sort(ImageSequence::compareNatural);
        assertEquals(List.of("s3.png", "t1.tif", "t1a.tif", "t002.tif", "t2.tif", "t10.tif"), names);
    }

    @Test
    void rejectsFoldersWithoutImagesAndFilesThatAreNotImages() throws IOException {
        assertThrows(BadInputException.class, () -> ImageSequence.open(dir));
        Files.writeString(dir.resolve("0.png"), "not a png");
        // a folder with one image file is that file, opened at once
        BadInputException alone = assertThrows(BadInputException.class, () -> ImageSequence.open(dir));
        assertEquals(dir.resolve("0.png"), alone.file());
        BufferedImage rgb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 1, 0x00ff00);
        ImageIO.write(rgb, "png", dir.resolve("1.png").toFile());
        ImageSequence seq = ImageSequence.open(dir);
        BadInputException e = assertThrows(BadInputException.class, () -> seq.read(0));
        assertEquals(dir.resolve("0.png"), e.file());
        BadInputException color = assertThrows(BadInputException.class, () -> seq.read(1));
        assertTrue(color.problem().contains("grayscale"), color.problem());
    }

    @Test
    void survivesFuzzedPngs() throws IOException {
        BufferedImage im = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < 64; i++) {
            im.getRaster().setSample(i % 8, i / 8, 0, i * 3);
        }
        Path png = dir.resolve("0.png");
        ImageIO.write(im, "png", png.toFile());
        ImageSequence seq = ImageSequence.open(dir);
        assertEquals(189, seq.read(0).value(7, 7));
        int rejected = Fuzz.run(png, Files.readAllBytes(png), 300, 11, p -> seq.read(0));
        assertTrue(rejected > 50, rejected + " rejected");
    }

    @Test
    void readsTheRealFramesFromAMultiPageTiffAsFromTheirFolder() throws IOException {
        Path folder = SharedData.require("c2c12-F0009-frames700-709/0000.png").getParent();
        ImageSequence pngs = ImageSequence.open(folder);
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < pngs.frameCount(); i++) {
            pages.add(ImageIO.read(pngs.file(i).toFile()));
        }
        Path stack = TiffStacks.write(dir.resolve("movie.tif"), pages,
                "ImageJ=1.54f\nimages=10\nframes=10\nunit=micron\nloop=false\n");

        ImageSequence seq = ImageSequence.open(stack);

        assertTrue(seq.isStack());
        assertEquals(10, seq.frameCount());
        assertEquals(stack, seq.file(7));
        assertEquals(stack, seq.source());
        for (int i : new int[] {0, 4, 9}) {
            GrayImage page = seq.read(i);
            GrayImage png = pngs.read(i);
            assertEquals(8, page.bitDepth());
            assertArrayEquals(png.toFloatArray(), page.toFloatArray(), "frame " + i);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> seq.read(10));
        assertArrayEquals(new int[] {5, 9}, seq.clip(5, Integer.MAX_VALUE));
        assertArrayEquals(new int[] {0, 3}, seq.clip(-1, 3));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> seq.clip(12, 20));
        assertEquals("frames 12-20 hold none of the 10 frames of " + stack, none.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> seq.file(-1));
    }

    @Test
    void readsSixteenBitStacksAndSingleImageFiles() throws IOException {
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            BufferedImage im = new BufferedImage(4, 3, BufferedImage.TYPE_USHORT_GRAY);
            im.getRaster().setSample(1, 2, 0, 40000 + i);
            pages.add(im);
        }
        ImageSequence stack = ImageSequence.open(TiffStacks.write(dir.resolve("s.tiff"), pages, null));
        assertEquals(3, stack.frameCount());
        assertEquals(40002, stack.read(2).value(1, 2));
        assertEquals(16, stack.read(2).bitDepth());

        ImageIO.write(pages.get(1), "png", dir.resolve("one.png").toFile());
        ImageSequence single = ImageSequence.open(dir.resolve("one.png"));
        assertEquals(1, single.frameCount());
        assertEquals(40001, single.read(0).value(1, 2));
    }

    @Test
    void aStackAloneInAFolderIsTheMovieAndAmongFramesIsRefusedNotCut() throws IOException {
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            BufferedImage im = new BufferedImage(3, 3, BufferedImage.TYPE_BYTE_GRAY);
            im.getRaster().setSample(1, 1, 0, 10 * i);
            pages.add(im);
        }
        Path folder = Files.createDirectory(dir.resolve("movie"));
        Path stack = TiffStacks.write(folder.resolve("movie.tif"), pages, null);
        ImageSequence alone = ImageSequence.open(folder);
        assertEquals(4, alone.frameCount());
        assertEquals(30, alone.read(3).value(1, 1));

        ImageIO.write(pages.get(0), "png", folder.resolve("extra.png").toFile());
        ImageSequence mixed = ImageSequence.open(folder);
        assertEquals(2, mixed.frameCount());
        assertEquals(0, mixed.read(0).value(1, 1));
        BadInputException e = assertThrows(BadInputException.class, () -> mixed.read(1));
        assertEquals(stack, e.file());
        assertTrue(e.problem().startsWith("holds 4 images (a multi-page TIFF) among a folder's frames"), e.problem());
    }

    @Test
    void refusesHyperstacksAndStacksWhosePagesATiffReaderCannotSee() throws IOException {
        List<BufferedImage> two = List.of(new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_GRAY),
                new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_GRAY));
        Path channels = TiffStacks.write(dir.resolve("c.tif"), two, "ImageJ=1.54f\nimages=2\nchannels=2\nmode=composite\n");
        BadInputException c = assertThrows(BadInputException.class, () -> ImageSequence.open(channels));
        assertEquals(channels, c.file());
        assertTrue(c.problem().contains("an ImageJ stack with 2 channel(s), 1 z-slice(s) and 1 time point(s)"), c.problem());

        List<BufferedImage> four = List.of(two.get(0), two.get(1), two.get(0), two.get(1));
        Path zt = TiffStacks.write(dir.resolve("zt.tif"), four, "ImageJ=1.54f\nimages=4\nslices=2\nframes=2\n");
        assertTrue(assertThrows(BadInputException.class, () -> ImageSequence.open(zt)).problem()
                .contains("1 channel(s), 2 z-slice(s) and 2 time point(s)"));

        // a plain stack: ImageJ calls its one dimension slices unless told otherwise; its pages are the frames
        Path plain = TiffStacks.write(dir.resolve("plain.tif"), two, "ImageJ=1.54f\nimages=2\nslices=2\n");
        assertEquals(2, ImageSequence.open(plain).frameCount());

        Path raw = TiffStacks.write(dir.resolve("big.tif"), two, "ImageJ=1.54f\nimages=900\nframes=900\n");
        BadInputException r = assertThrows(BadInputException.class, () -> ImageSequence.open(raw));
        assertTrue(r.problem().contains("900 images") && r.problem().contains("2 page(s)"), r.problem());

        Path bigTiff = Files.write(dir.resolve("huge.tif"), new byte[] {'I', 'I', 43, 0, 8, 0, 0, 0, 16, 0, 0, 0});
        assertTrue(assertThrows(BadInputException.class, () -> ImageSequence.open(bigTiff)).problem()
                .startsWith("a BigTIFF"));

        // Bio-Formats' OME-TIFF: the first Pixels element says how pages map to channels, planes and time
        Path ome = TiffStacks.write(dir.resolve("c.ome.tif"), two, omeXml(2, 1, 1));
        BadInputException o = assertThrows(BadInputException.class, () -> ImageSequence.open(ome));
        assertTrue(o.problem().contains("an OME-TIFF stack with 2 channel(s), 1 z-slice(s) and 1 time point(s)"),
                o.problem());
        assertEquals(2, ImageSequence.open(TiffStacks.write(dir.resolve("t.ome.tif"), two, omeXml(1, 1, 2))).frameCount());
        Path part = TiffStacks.write(dir.resolve("part.ome.tif"), two, omeXml(1, 1, 40));
        assertTrue(assertThrows(BadInputException.class, () -> ImageSequence.open(part)).problem()
                .contains("OME-TIFF says it holds 40 images, the TIFF has 2 page(s)"));
    }

    @Test
    void namesTheStackAndPageOfABadPage() throws IOException {
        BufferedImage gray = new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage rgb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(1, 0, 0xff0000);
        Path stack = TiffStacks.write(dir.resolve("mixed.tif"), List.of(gray, gray, rgb), null);
        ImageSequence seq = ImageSequence.open(stack);

        assertEquals(0, seq.read(1).value(0, 0));
        BadInputException e = assertThrows(BadInputException.class, () -> seq.read(2));
        assertEquals(stack, e.file());
        assertTrue(e.problem().startsWith("page 2 of 3: a colour image (red, green and blue differ at pixel (1, 0))"),
                e.problem());
    }

    /** A grey frame as Fiji or a camera program may save it: RGB, RGBA or a palette, every colour a gray; or 32-bit float. */
    @Test
    void readsGreyPicturesSavedInColourAsGrayAndRefusesColourAndTransparency() throws IOException {
        int w = 7;
        int h = 5;
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        BufferedImage rgba = new BufferedImage(w, h, BufferedImage.TYPE_4BYTE_ABGR);
        byte[] inverted = new byte[256];
        for (int i = 0; i < 256; i++) {
            inverted[i] = (byte) (255 - i);
        }
        BufferedImage palette = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, 256, inverted, inverted, inverted));
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int g = 10 * x + y;
                rgb.setRGB(x, y, g * 0x010101);
                rgba.setRGB(x, y, 0xff000000 | g * 0x010101);
                palette.getRaster().setSample(x, y, 0, 255 - g);
            }
        }
        for (BufferedImage image : List.of(rgb, rgba, palette)) {
            Path folder = Files.createDirectories(dir.resolve("grey" + image.getType()));
            ImageIO.write(image, "png", folder.resolve("0.png").toFile());
            GrayImage read = ImageSequence.open(folder).read(0);
            assertEquals(8, read.bitDepth());
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    assertEquals(10 * x + y, read.value(x, y), "type " + image.getType() + " at " + x + "," + y);
                }
            }
        }
        rgb.setRGB(3, 2, 0x102030);
        rgba.setRGB(4, 1, 0x00101010);
        byte[] red = inverted.clone();
        red[200] = 0;
        BufferedImage colourPalette = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, 256, inverted, red, inverted));
        colourPalette.getRaster().setSample(2, 3, 0, 200);
        List<String> problems = new ArrayList<>();
        for (BufferedImage image : List.of(rgb, rgba, colourPalette)) {
            Path folder = Files.createDirectories(dir.resolve("colour" + image.getType()));
            ImageIO.write(image, "png", folder.resolve("0.png").toFile());
            problems.add(assertThrows(BadInputException.class, () -> ImageSequence.open(folder).read(0)).problem());
        }
        assertTrue(problems.get(0).startsWith("a colour image (red, green and blue differ at pixel (3, 2))"), problems.get(0));
        assertTrue(problems.get(1).startsWith("an image with transparent pixels (first at (4, 1))"), problems.get(1));
        assertTrue(problems.get(2).startsWith("a palette image in colour or with transparency (pixel (2, 3))"), problems.get(2));
        assertTrue(problems.stream().allMatch(p -> p.endsWith("(Fiji: Image > Type > 8-bit)")), problems.toString());
        // 32-bit float, as Fiji saves a processed image
        ComponentColorModel floats = new ComponentColorModel(
                ColorSpace.getInstance(ColorSpace.CS_GRAY), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_FLOAT);
        BufferedImage real = new BufferedImage(floats, floats.createCompatibleWritableRaster(w, h), false, null);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                real.getRaster().setSample(x, y, 0, -3 + 0.5 * x + 0.01 * y);
            }
        }
        Path float32 = Files.createDirectories(dir.resolve("float"));
        assertTrue(ImageIO.write(real, "tiff", float32.resolve("0.tif").toFile()), "the JDK writes float TIFFs");
        GrayImage sixteen = ImageSequence.open(float32).read(0);
        assertEquals(16, sixteen.bitDepth());
        double top = 0.5 * (w - 1) + 0.01 * (h - 1);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertEquals(Math.round((0.5 * x + 0.01 * y) / top * 65535), sixteen.value(x, y), 1, "linear from min to max");
            }
        }
        real.getRaster().setSample(1, 2, 0, Float.NaN);
        ImageIO.write(real, "tiff", float32.resolve("0.tif").toFile());
        assertEquals("a floating-point image with NaN at pixel (1, 2)",
                assertThrows(BadInputException.class, () -> ImageSequence.open(float32).read(0)).problem());
    }

    @Test
    void readsTheStackLayoutsImageJAndOmeTiffDescribe() {
        StackLayout d = StackLayout.parse("ImageJ=1.54f\nimages=60\nchannels=2\nframes=30\nhyperstack=true\n");
        assertEquals(new StackLayout("ImageJ", 60, 2, 1, 30), d);
        assertTrue(d.mixesDimensions());
        assertEquals(StackLayout.NONE, StackLayout.parse("Created by a camera\nimages=5"));
        assertEquals(new StackLayout("ImageJ", 0, 1, 1, 1), StackLayout.parse("ImageJ=1.x\nimages=many\nslices=-3\n"));
        StackLayout plain = StackLayout.parse("ImageJ=1.54f\nimages=80\nslices=80\nloop=false\n");
        assertFalse(plain.mixesDimensions(), "a plain stack's pages are its frames");
        assertFalse(StackLayout.parse("ImageJ=1.54f\nimages=80\nframes=80\n").mixesDimensions());

        assertEquals(new StackLayout("OME-TIFF", 60, 1, 2, 30), StackLayout.parse(omeXml(1, 2, 30)));
        assertTrue(StackLayout.parse(omeXml(1, 2, 30)).mixesDimensions());
        assertEquals(new StackLayout("OME-TIFF", 1, 1, 1, 1),
                StackLayout.parse("<?xml version=\"1.0\"?><OME><Image ID=\"Image:0\"><Pixels ID=\"Pixels:0\" SizeC=\"x\">"));
        assertEquals(StackLayout.NONE, StackLayout.parse("<OME>no pixels here</OME>"));
    }

    /** OME-XML as Bio-Formats writes it into the first page, the attributes in its order. */
    private static String omeXml(int c, int z, int t) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><OME xmlns=\"http://www.openmicroscopy.org/Schemas/OME/2016-06\">"
                + "<Image ID=\"Image:0\" Name=\"movie\"><Pixels BigEndian=\"true\" DimensionOrder=\"XYCZT\" ID=\"Pixels:0\" "
                + "SizeC=\"" + c + "\" SizeT=\"" + t + "\" SizeX=\"2\" SizeY=\"2\" SizeZ=\"" + z + "\" Type=\"uint8\">"
                + "<Channel ID=\"Channel:0:0\" SamplesPerPixel=\"1\"/></Pixels></Image></OME>";
    }

    @Test
    void survivesFuzzedTiffStacks() throws IOException {
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            BufferedImage im = new BufferedImage(6, 5, BufferedImage.TYPE_BYTE_GRAY);
            im.getRaster().setSample(i, i, 0, 200);
            pages.add(im);
        }
        Path stack = TiffStacks.write(dir.resolve("fuzz.tif"), pages, "ImageJ=1.54f\nimages=3\nframes=3\n");
        assertEquals(200, ImageSequence.open(stack).read(2).value(2, 2));
        int rejected = Fuzz.run(stack, Files.readAllBytes(stack), 300, 21, p -> {
            ImageSequence seq = ImageSequence.open(p);
            for (int i = 0; i < seq.frameCount(); i++) {
                seq.read(i);
            }
        });
        assertTrue(rejected > 30, rejected + " rejected");
    }
}
