package org.mitosis.core.io;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads one grayscale image file (PNG, TIFF and the other formats the JDK's {@link ImageIO}
 * knows, TIFF included since Java 9) into its raster, turning every decoder failure into a
 * {@link BadInputException}.
 */
final class ImageFiles {

    /** Larger images are refused before decoding, so that a corrupt header cannot exhaust memory. */
    static final long MAX_PIXELS = 1L << 28;

    private ImageFiles() {
    }

    /**
     * @return the single band of an 8- or 16-bit grayscale image
     * @throws BadInputException if the file is missing, not an image, too large, or not grayscale
     */
    static Raster readGray(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, 0, "no such image file");
        }
        BufferedImage image;
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new BadInputException(file, 0, "not an image in a known format (PNG or TIFF expected)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS || pixels <= 0) {
                    throw new BadInputException(file, 0, "image size " + reader.getWidth(0) + "x"
                            + reader.getHeight(0) + " is empty or too large");
                }
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException(file, 0, "cannot decode the image: " + e, e);
        }
        Raster raster = image.getRaster();
        int bits = bitDepth(raster);
        if (raster.getNumBands() != 1) {
            throw new BadInputException(file, 0, "not a grayscale image: " + raster.getNumBands() + " channels");
        }
        if (bits != 8 && bits != 16) {
            throw new BadInputException(file, 0, "grayscale depth " + bits + " bits, 8 or 16 expected");
        }
        return raster;
    }

    /** Bits per sample of the raster's first band. */
    static int bitDepth(Raster raster) {
        return raster.getSampleModel().getSampleSize(0);
    }
}
