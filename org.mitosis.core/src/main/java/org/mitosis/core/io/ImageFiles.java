package org.mitosis.core.io;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads grayscale image files (PNG, TIFF and the other formats the JDK's {@link ImageIO} knows,
 * TIFF included since Java 9), one image or one page of a multi-page TIFF at a time, turning every
 * decoder failure into a {@link BadInputException}. A grey picture saved in colour is read as gray,
 * a floating-point one as 16-bit; a picture in colour is refused.
 */
final class ImageFiles {

    /** Larger images are refused before decoding, so that a corrupt header cannot exhaust memory. */
    static final long MAX_PIXELS = 1L << 28;

    private ImageFiles() {
    }

    /**
     * The number of images in {@code file}: the pages of a multi-page TIFF, else 1.
     *
     * @throws BadInputException if the file is missing or not an image, or is a stack (ImageJ's or an
     *         OME-TIFF, {@link StackLayout}) with several channels, or z-slices as well as time points, or
     *         one that says it holds more images than its pages: written as a single raw block (ImageJ
     *         does so past 4 GB) or spread over several files (a multi-file OME-TIFF)
     */
    static int pageCount(Path file) {
        return withReader(file, reader -> {
            int pages = reader.getNumImages(true);
            if (pages < 1) {
                throw new BadInputException(file, 0, "holds no image");
            }
            StackLayout layout = StackLayout.of(reader);
            if (layout.mixesDimensions()) {
                throw new BadInputException(file, 0, "an " + layout.writer() + " stack with " + layout.channels()
                        + " channel(s), " + layout.slices() + " z-slice(s) and " + layout.frames() + " time point(s); "
                        + "give one channel and one plane per frame (Fiji: Image > Color > Split Channels, "
                        + "Image > Stacks > Z Project)");
            }
            if (layout.images() > pages) {
                throw new BadInputException(file, 0, layout.writer() + " says it holds " + layout.images()
                        + " images, the TIFF has " + pages + " page(s): ImageJ writes stacks over 4 GB as one raw block, "
                        + "and a multi-file OME-TIFF keeps the rest in other files; save the movie as one stack or "
                        + "as an image sequence (Fiji: File > Save As > Image Sequence)");
            }
            return pages;
        });
    }

    /**
     * @param page the image's index in the file (a multi-page TIFF's page), from 0
     * @return the gray levels of an 8- or 16-bit grayscale image, or of a grey picture saved in colour
     * @throws BadInputException if the file is missing, not an image, too large, or in colour
     */
    static Raster readGray(Path file, int page) {
        return readGray(file, page, false);
    }

    /**
     * The file's one image: a frame of a folder of frames, where a multi-page file would lose all but
     * its first page without a word.
     *
     * @throws BadInputException as {@link #readGray(Path, int)}, and for a file with several images
     */
    static Raster readOnlyImage(Path file) {
        return readGray(file, 0, true);
    }

    /**
     * A label mask's labels: the samples of page {@code page} as they are, one band of 8-, 16- or
     * 32-bit integers, or of 32- or 64-bit floating-point numbers (Fiji saves label images so) that
     * {@link LabelMaskReader} checks to be whole; a palette image's indices are its labels. No colour
     * or gray-level mapping applies.
     *
     * @throws BadInputException if the file is missing, not an image, too large, or not such a band
     */
    static Raster readLabels(Path file, int page) {
        Raster raster = decode(file, page, false).getRaster();
        int type = raster.getDataBuffer().getDataType();
        boolean integer = type == DataBuffer.TYPE_BYTE || type == DataBuffer.TYPE_USHORT || type == DataBuffer.TYPE_INT;
        boolean floating = type == DataBuffer.TYPE_FLOAT || type == DataBuffer.TYPE_DOUBLE;
        if (raster.getNumBands() != 1 || !(integer || floating)) {
            throw new BadInputException(file, 0, "not a label mask: " + raster.getNumBands() + " channel(s) of "
                    + bitDepth(raster) + "-bit samples, one channel of integer labels expected (0 the background)");
        }
        return raster;
    }

    private static Raster readGray(Path file, int page, boolean only) {
        return checkDepth(file, grayLevels(file, decode(file, page, only)));
    }

    private static Raster checkDepth(Path file, Raster raster) {
        int bits = bitDepth(raster);
        if (bits != 8 && bits != 16) {
            throw new BadInputException(file, 0, "grayscale depth " + bits + " bits, 8 or 16 expected (Fiji: Image > Type > "
                    + "8-bit or 16-bit)");
        }
        return raster;
    }

    /** The image of page {@code page}; with {@code only}, refused where the file holds several. */
    private static BufferedImage decode(Path file, int page, boolean only) {
        return withReader(file, reader -> {
            if (only && reader.getNumImages(true) > 1) {
                throw new BadInputException(file, 0, "holds " + reader.getNumImages(true) + " images (a multi-page "
                        + "TIFF) among a folder's frames, one image each; open the file itself as the movie, or save "
                        + "its pages as separate images");
            }
            long pixels = (long) reader.getWidth(page) * reader.getHeight(page);
            if (pixels > MAX_PIXELS || pixels <= 0) {
                throw new BadInputException(file, 0, "image size " + reader.getWidth(page) + "x"
                        + reader.getHeight(page) + " is empty or too large");
            }
            return reader.read(page);
        });
    }

    /**
     * The image's gray levels as one band. A gray image is read as it is; a grey picture saved in
     * colour (a palette of grays, or red, green and blue equal in every pixel, opaque) through its
     * colours, which loses nothing; anything in colour or transparent is refused, since a palette's
     * indices or one channel of several would be read as gray levels without a word.
     */
    private static Raster grayLevels(Path file, BufferedImage image) {
        Raster raster = image.getRaster();
        String fix = "; save it as 8- or 16-bit grayscale (Fiji: Image > Type > 8-bit)";
        if (image.getColorModel() instanceof IndexColorModel palette) {
            WritableRaster gray = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, raster.getWidth(), raster.getHeight(), 1, null);
            for (int y = 0; y < raster.getHeight(); y++) {
                for (int x = 0; x < raster.getWidth(); x++) {
                    int i = raster.getSample(x, y, 0);
                    int r = palette.getRed(i);
                    if (r != palette.getGreen(i) || r != palette.getBlue(i) || palette.getAlpha(i) != 255) {
                        throw new BadInputException(file, 0, "a palette image in colour or with transparency (pixel ("
                                + x + ", " + y + "))" + fix);
                    }
                    gray.setSample(x, y, 0, r);
                }
            }
            return gray;
        }
        int bands = raster.getNumBands();
        int type = raster.getDataBuffer().getDataType();
        if (bands == 1 && (type == DataBuffer.TYPE_FLOAT || type == DataBuffer.TYPE_DOUBLE)) {
            return sixteenBit(file, raster);
        }
        if (bands == 1) {
            return raster;
        }
        boolean alpha = image.getColorModel().hasAlpha();
        int colours = alpha ? bands - 1 : bands;
        if (colours != 1 && colours != 3) {
            throw new BadInputException(file, 0, "not a grayscale image: " + bands + " channels" + fix);
        }
        int opaque = (1 << raster.getSampleModel().getSampleSize(bands - 1)) - 1;
        for (int y = 0; y < raster.getHeight(); y++) {
            for (int x = 0; x < raster.getWidth(); x++) {
                int v = raster.getSample(x, y, 0);
                for (int b = 1; b < colours; b++) {
                    if (raster.getSample(x, y, b) != v) {
                        throw new BadInputException(file, 0, "a colour image (red, green and blue differ at pixel (" + x
                                + ", " + y + "))" + fix);
                    }
                }
                if (alpha && raster.getSample(x, y, bands - 1) != opaque) {
                    throw new BadInputException(file, 0, "an image with transparent pixels (first at (" + x + ", " + y
                            + "))" + fix);
                }
            }
        }
        return raster.createChild(0, 0, raster.getWidth(), raster.getHeight(), 0, 0, new int[] {0});
    }

    /**
     * A floating-point image (as Fiji saves processed images) mapped linearly from its own minimum
     * and maximum onto 0..65535: finer steps than any camera gives, and the detector standardises
     * each image anyway, so only the order and ratios of gray levels matter.
     */
    private static Raster sixteenBit(Path file, Raster raster) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        double[] v = raster.getSamples(0, 0, w, h, 0, new double[w * h]);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new BadInputException(file, 0, "a floating-point image with " + v[i] + " at pixel (" + i % w + ", "
                        + i / w + ")");
            }
            lo = Math.min(lo, v[i]);
            hi = Math.max(hi, v[i]);
        }
        double scale = hi > lo ? 65535 / (hi - lo) : 0;
        WritableRaster out = Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, w, h, 1, null);
        for (int i = 0; i < v.length; i++) {
            out.setSample(i % w, i / w, 0, (int) Math.round((v[i] - lo) * scale));
        }
        return out;
    }

    /** Bits per sample of the raster's first band. */
    static int bitDepth(Raster raster) {
        return raster.getSampleModel().getSampleSize(0);
    }

    /** Whether the stream starts with BigTIFF's header: byte order {@code II} or {@code MM}, then version 43. */
    private static boolean isBigTiff(ImageInputStream in) throws IOException {
        byte[] head = new byte[4];
        in.seek(0);
        if (in.read(head) < 4) {
            return false;
        }
        return (head[0] == 'I' && head[1] == 'I' && head[2] == 43 && head[3] == 0)
                || (head[0] == 'M' && head[1] == 'M' && head[2] == 0 && head[3] == 43);
    }

    /** What a reader does with an open image file. */
    private interface ReaderTask<T> {
        T apply(ImageReader reader) throws IOException;
    }

    /** Runs {@code task} with a reader on {@code file}; every failure becomes a {@link BadInputException}. */
    private static <T> T withReader(Path file, ReaderTask<T> task) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, 0, "no such image file");
        }
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new BadInputException(file, 0, isBigTiff(in) ? "a BigTIFF (the TIFF variant for files over 4 GB), "
                        + "which the JDK's TIFF reader does not open; save the movie as an image sequence (Fiji: File > "
                        + "Save As > Image Sequence)" : "not an image in a known format (PNG or TIFF expected)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                return task.apply(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            if (String.valueOf(e.getMessage()).contains("Predictor")) {
                // The JDK's TIFF reader undoes horizontal differencing for 8-bit samples only.
                throw new BadInputException(file, 0, "a TIFF compressed with a predictor (" + e.getMessage() + "), which "
                        + "Java's TIFF reader cannot decode; save it uncompressed, or as PNG (Fiji: File > Save As > Tiff, "
                        + "or PNG; tifffile: imwrite without predictor)", e);
            }
            throw new BadInputException(file, 0, "cannot decode the image: " + e, e);
        }
    }
}
