package org.mitosis.core.ops;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.plot.DivisionGallery;
import org.mitosis.core.plot.DivisionStrip;
import org.mitosis.core.plot.GalleryFolder;
import org.mitosis.core.plot.GallerySettings;

/**
 * Draws every division of a lineage on the movie its cells come from, one strip of crops per
 * division ({@link DivisionGallery}), to check the divisions by eye.
 */
public final class DivisionGalleryOperation {

    private final DivisionGallery gallery;

    /**
     * @throws IllegalArgumentException listing every invalid setting
     */
    public DivisionGalleryOperation(GallerySettings settings) {
        this.gallery = new DivisionGallery(settings);
    }

    /**
     * @param images the movie, frame {@code f} being the cells' frame {@code f}
     * @throws IllegalArgumentException when a division lies outside the movie's frames or images
     * @throws org.mitosis.core.io.BadInputException when a needed frame cannot be read
     * @throws org.mitosis.core.monitor.CanceledException when the monitor cancels
     */
    public List<DivisionStrip> run(Lineage lineage, ImageSequence images, ProgressMonitor monitor) {
        return gallery.draw(lineage, images.frameCount(), images::read, monitor);
    }

    /** Writes the strips as PNG files with an {@value GalleryFolder#INDEX} that shows them all. */
    public static void write(Lineage lineage, List<DivisionStrip> strips, Path folder) throws IOException {
        GalleryFolder.write(lineage, strips, folder);
    }
}
