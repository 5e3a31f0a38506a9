package org.mitosis.core.io;

import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The frames of a time-lapse: a folder of 8- or 16-bit grayscale PNG or TIFF files, one per frame,
 * or one multi-page TIFF (a stack, as Fiji saves a time-lapse), one page per frame. In a folder,
 * frame {@code i} is the {@code i}-th file in natural name order (runs of digits compare as
 * numbers, so {@code t2.tif} comes before {@code t10.tif}), leaving out a segmenter's
 * {@code *_masks} files saved beside the images; in a stack, the {@code i}-th page.
 * Frames are decoded only when asked for, one at a time.
 */
public final class ImageSequence {

    private static final Comparator<String> NATURAL = ImageSequence::compareNatural;
    /** How a segmenter's mask files end before their extension where it saves them beside the images. */
    private static final String MASK_SUFFIX = "_masks";

    private final Path source;
    private final List<Path> files;
    /** Pages of the stack, or 0 for a folder (one image per file). */
    private final int pages;

    private ImageSequence(Path source, List<Path> files, int pages) {
        this.source = source;
        this.files = List.copyOf(files);
        this.pages = pages;
    }

    /**
     * A folder's {@code .png}, {@code .tif} and {@code .tiff} files, or the pages of one image file
     * (a multi-page TIFF; any other image file is a single frame). A folder with a single image file
     * is that file.
     *
     * @throws BadInputException if the folder cannot be listed or holds no such file, or the file is
     *         no image or a stack whose pages are not time points (an ImageJ hyperstack with several
     *         channels, or with z-slices as well as time points)
     */
    public static ImageSequence open(Path folderOrStack) {
        return open(folderOrStack, ImageSequence::framesAmong);
    }

    /**
     * A folder's frames: where a segmenter saved masks beside the images ({@code *_masks}, as
     * Cellpose's {@code <image>_cp_masks.png}), the images without them ({@link LabelMasks} takes
     * the masks).
     */
    private static List<Path> framesAmong(List<Path> images) {
        List<Path> frames = images.stream().filter(p -> !isNamedMask(p)).toList();
        return frames.isEmpty() ? images : frames;
    }

    /** Whether the image's name, before its extension, ends in {@value #MASK_SUFFIX}. */
    static boolean isNamedMask(Path image) {
        String name = image.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.substring(0, name.lastIndexOf('.')).endsWith(MASK_SUFFIX);
    }

    /**
     * As {@link #open(Path)}, the frames of a folder being those of its image files that
     * {@code choose} keeps (it gets them all, in no particular order).
     */
    static ImageSequence open(Path folderOrStack, UnaryOperator<List<Path>> choose) {
        if (Files.isRegularFile(folderOrStack)) {
            return new ImageSequence(folderOrStack, List.of(folderOrStack), ImageFiles.pageCount(folderOrStack));
        }
        List<Path> images = new ArrayList<>();
        try (Stream<Path> list = Files.list(folderOrStack)) {
            list.filter(Files::isRegularFile).filter(ImageSequence::isImageName).forEach(images::add);
        } catch (IOException e) {
            throw new BadInputException(folderOrStack, 0, "cannot list the image folder: " + e.getMessage(), e);
        }
        images = new ArrayList<>(choose.apply(images));
        if (images.isEmpty()) {
            throw new BadInputException(folderOrStack, 0, "no .png, .tif or .tiff image in the folder");
        }
        if (images.size() == 1) {
            // A folder holding one stack (or one image) is that file's movie.
            return open(images.get(0));
        }
        images.sort(Comparator.comparing(p -> p.getFileName().toString(), NATURAL));
        return new ImageSequence(folderOrStack, images, 0);
    }

    /** Whether the file's name ends in {@code .png}, {@code .tif} or {@code .tiff}. */
    static boolean isImageName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".tif") || n.endsWith(".tiff");
    }

    /** The folder, or the stack's file, that was opened. */
    public Path source() {
        return source;
    }

    /** Whether the frames are the pages of one file rather than the files of a folder. */
    public boolean isStack() {
        return pages > 0;
    }

    public int frameCount() {
        return isStack() ? pages : files.size();
    }

    /**
     * The frames {@code first..last} clipped to this sequence's, as {@code {first, last}}.
     *
     * @throws IllegalArgumentException if the range holds none of them
     */
    public int[] clip(int first, int last) {
        int a = Math.max(0, first);
        int b = Math.min(frameCount() - 1, last);
        if (b < a) {
            throw new IllegalArgumentException("frames " + first + "-" + last + " hold none of the " + frameCount()
                    + " frames of " + source);
        }
        return new int[] {a, b};
    }

    /**
     * The file that holds frame {@code frame}: the stack itself, or the folder's file.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= frame < frameCount()}
     */
    public Path file(int frame) {
        Objects.checkIndex(frame, frameCount());
        return files.get(isStack() ? 0 : frame);
    }

    /**
     * Decodes frame {@code frame}, {@code 0 <= frame < frameCount()}.
     *
     * @throws BadInputException if the file (the stack's page) is not an 8- or 16-bit grayscale image
     */
    public GrayImage read(int frame) {
        Path file = file(frame);
        Raster r = isStack() ? page(frame) : ImageFiles.readOnlyImage(file);
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

    /** The stack's page {@code frame}, a failure naming the page where there are several. */
    private Raster page(int frame) {
        if (pages == 1) {
            return ImageFiles.readGray(source, 0);
        }
        try {
            return ImageFiles.readGray(source, frame);
        } catch (BadInputException e) {
            throw new BadInputException(source, 0, "page " + frame + " of " + pages + ": " + e.problem(), e);
        }
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
