package org.mitosis.core.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;

/** Writes multi-page TIFFs for tests, as Fiji saves a stack: one page per image, optionally ImageJ's description. */
final class TiffStacks {

    private TiffStacks() {
    }

    /**
     * @param description the first page's image description (ImageJ's {@code ImageJ=...} lines), or null for none
     */
    static Path write(Path file, List<BufferedImage> pages, String description) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < pages.size(); i++) {
                BufferedImage page = pages.get(i);
                IIOMetadata meta = null;
                if (i == 0 && description != null) {
                    TIFFDirectory dir = TIFFDirectory.createFromMetadata(
                            writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), writer.getDefaultWriteParam()));
                    dir.addTIFFField(new TIFFField(
                            BaselineTIFFTagSet.getInstance().getTag(BaselineTIFFTagSet.TAG_IMAGE_DESCRIPTION),
                            TIFFTag.TIFF_ASCII, 1, new String[] {description}));
                    meta = dir.getAsMetadata();
                }
                writer.writeToSequence(new IIOImage(page, null, meta), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }
}
