package org.mitosis.core.io;

import java.io.IOException;

import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;

/**
 * What ImageJ (and Fiji) writes about a stack in a TIFF's image description ({@code ImageJ=1.54f},
 * {@code images=60}, {@code channels=2}, {@code slices=1}, {@code frames=30}, one per line, each
 * only where above 1): a hyperstack's pages interleave channels and z-slices with time, which a
 * reader taking each page for a frame must not mistake for time points. A plain stack has one
 * dimension, which ImageJ calls slices unless told otherwise, so its pages are the frames whatever
 * their name.
 *
 * @param images the number of images ImageJ wrote, 0 where it does not say
 * @param channels channels per page group, 1 where it does not say
 * @param slices z-slices, 1 where it does not say
 * @param frames time points, 1 where it does not say
 */
record ImageJDescription(int images, int channels, int slices, int frames) {

    /** No ImageJ description: every page is one frame. */
    static final ImageJDescription NONE = new ImageJDescription(0, 1, 1, 1);

    /** Whether pages hold more than time: several channels, or z-slices as well as time points. */
    boolean mixesDimensions() {
        return channels > 1 || (slices > 1 && frames > 1);
    }

    private static final String TIFF_METADATA = "javax_imageio_tiff_image_1.0";

    /** The description of the reader's first image, {@link #NONE} where it has none (not a TIFF, not ImageJ's). */
    static ImageJDescription of(ImageReader reader) throws IOException {
        IIOMetadata meta = reader.getImageMetadata(0);
        if (meta == null || !TIFF_METADATA.equals(meta.getNativeMetadataFormatName())) {
            return NONE;
        }
        TIFFField field = TIFFDirectory.createFromMetadata(meta).getTIFFField(BaselineTIFFTagSet.TAG_IMAGE_DESCRIPTION);
        return field == null || field.getCount() < 1 ? NONE : parse(field.getAsString(0));
    }

    /** From the description's text; {@link #NONE} unless it starts with {@code ImageJ=}. */
    static ImageJDescription parse(String text) {
        if (text == null || !text.startsWith("ImageJ=")) {
            return NONE;
        }
        int images = 0;
        int channels = 1;
        int slices = 1;
        int frames = 1;
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = line.substring(0, eq).trim();
            int value = positive(line.substring(eq + 1).trim());
            switch (key) {
                case "images" -> images = value;
                case "channels" -> channels = Math.max(1, value);
                case "slices" -> slices = Math.max(1, value);
                case "frames" -> frames = Math.max(1, value);
                default -> {
                    // other keys (unit, spacing, ...) do not change how pages map to frames
                }
            }
        }
        return new ImageJDescription(images, channels, slices, frames);
    }

    /** The value as a positive whole number, 0 where it is none. */
    private static int positive(String value) {
        try {
            return Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
