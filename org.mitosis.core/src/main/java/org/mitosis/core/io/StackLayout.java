package org.mitosis.core.io;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;

/**
 * How a multi-page TIFF's pages map to channels, z-slices and time points, as the software that
 * wrote it says in the first page's image description: ImageJ and Fiji ({@code ImageJ=1.54f},
 * {@code images=60}, {@code channels=2}, {@code slices=1}, {@code frames=30}, one per line, each
 * only where above 1) or Bio-Formats' OME-TIFF (OME-XML whose first {@code Pixels} element has
 * {@code SizeC}, {@code SizeZ} and {@code SizeT}). A hyperstack's pages interleave channels and
 * z-slices with time, which a reader taking each page for a frame must not mistake for time points.
 * A plain stack has one dimension, which ImageJ calls slices unless told otherwise, so its pages are
 * the frames whatever their name.
 *
 * @param writer who described the layout ("ImageJ", "OME-TIFF"), or null where nobody did
 * @param images the number of images described, 0 where it is not said
 * @param channels channels, 1 where it is not said
 * @param slices z-slices, 1 where it is not said
 * @param frames time points, 1 where it is not said
 */
record StackLayout(String writer, int images, int channels, int slices, int frames) {

    /** No description: every page is one frame. */
    static final StackLayout NONE = new StackLayout(null, 0, 1, 1, 1);

    private static final String TIFF_METADATA = "javax_imageio_tiff_image_1.0";

    private static final Pattern OME_PIXELS = Pattern.compile("<(?:\\w+:)?Pixels\\b[^>]*>");

    /** Whether pages hold more than time: several channels, or z-slices as well as time points. */
    boolean mixesDimensions() {
        return channels > 1 || (slices > 1 && frames > 1);
    }

    /** The layout the reader's first image describes, {@link #NONE} where it has none (not a TIFF, no known description). */
    static StackLayout of(ImageReader reader) throws IOException {
        IIOMetadata meta = reader.getImageMetadata(0);
        if (meta == null || !TIFF_METADATA.equals(meta.getNativeMetadataFormatName())) {
            return NONE;
        }
        TIFFField field = TIFFDirectory.createFromMetadata(meta).getTIFFField(BaselineTIFFTagSet.TAG_IMAGE_DESCRIPTION);
        return field == null || field.getCount() < 1 ? NONE : parse(field.getAsString(0));
    }

    /** From the description's text; {@link #NONE} unless ImageJ or OME-XML wrote it. */
    static StackLayout parse(String text) {
        if (text == null) {
            return NONE;
        }
        if (text.startsWith("ImageJ=")) {
            return imageJ(text);
        }
        Matcher pixels = OME_PIXELS.matcher(text);
        if (text.contains("<OME") && pixels.find()) {
            String tag = pixels.group();
            int c = Math.max(1, attribute(tag, "SizeC"));
            int z = Math.max(1, attribute(tag, "SizeZ"));
            int t = Math.max(1, attribute(tag, "SizeT"));
            return new StackLayout("OME-TIFF", c * z * t, c, z, t);
        }
        return NONE;
    }

    private static StackLayout imageJ(String text) {
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
        return new StackLayout("ImageJ", images, channels, slices, frames);
    }

    /** The whole-number attribute {@code name="…"} of an XML tag, 0 where absent or not a number. */
    private static int attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? positive(m.group(1).trim()) : 0;
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
