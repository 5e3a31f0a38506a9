package org.mitosis.core.io;

import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The frames of a time-lapse as a folder of 8- or 16-bit grayscale PNG or TIFF files, one per
 * frame. Frame {@code i} is the {@code i}-th file in natural name order (runs of digits compare as
 * numbers, so {@code t2.tif} comes before {@code t10.tif}). Frames are decoded only when asked for,
 * one at a time.
 */
public final class ImageSequence {

    private static final Comparator<String> NATURAL = ImageSequence::compareNatural;

    private final Path folder;
    private final List<Path> files;

    private ImageSequence(Path folder, List<Path> files) {
        this.folder = folder;
        this.files = List.copyOf(files);
    }

    /**
     * Lists the {@code .png}, {@code .tif} and {@code .tiff} files of {@code folder}.
     *
     * @throws BadInputException if the folder cannot be listed or holds no such file
     */
    public static ImageSequence open(Path folder) {
        List<Path> images = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(Files::isRegularFile).filter(ImageSequence::isImageName).forEach(images::add);
        } catch (IOException e) {
            throw new BadInputException(folder, 0, "cannot list the image folder: " + e.getMessage(), e);
        }
        if (images.isEmpty()) {
            throw new BadInputException(folder, 0, "no .png, .tif or .tiff image in the folder");
        }
        images.sort(Comparator.comparing(p -> p.getFileName().toString(), NATURAL));
        return new ImageSequence(folder, images);
    }

    private static boolean isImageName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".tif") || n.endsWith(".tiff");
    }

    public Path folder() {
        return folder;
    }

    public int frameCount() {
        return files.size();
    }

    /**
     * The file of frame {@code frame}.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= frame < frameCount()}
     */
    public Path file(int frame) {
        return files.get(frame);
    }

    /**
     * Decodes frame {@code frame}, {@code 0 <= frame < frameCount()}.
     *
     * @throws BadInputException if the file is not an 8- or 16-bit grayscale image
     */
    public GrayImage read(int frame) {
        Path file = file(frame);
        Raster r = ImageFiles.readGray(file);
        int w = r.getWidth();
        int h = r.getHeight();
        int[] row = new int[w];
        short[] samples = new short[w * h];
        for (int y = 0; y < h; y++) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                samples[y * w + x] = (short) row[x];
            }
        }
        return new GrayImage(w, h, ImageFiles.bitDepth(r), samples);
    }

    /** Compares names with digit runs as numbers, then as text to break ties. */
    static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                int c = compareDigits(a.substring(i, ei), b.substring(j, ej));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int e = from;
        while (e < s.length() && isDigit(s.charAt(e))) {
            e++;
        }
        return e;
    }

    private static int compareDigits(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }
}
