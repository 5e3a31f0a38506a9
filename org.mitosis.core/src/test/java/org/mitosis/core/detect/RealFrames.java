package org.mitosis.core.detect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.C2c12TextReader;
import org.mitosis.core.io.ImageSequence;

/**
 * The real frames of {@code c2c12-F0009-frames700-709} (PNGs + {@code annotations.txt}) as
 * annotated frames, for tests and the benchmark.
 */
final class RealFrames {

    private RealFrames() {
    }

    static AnnotatedFrame read(Path folder, int frame) {
        return read(folder, frame, frame).get(0);
    }

    static List<AnnotatedFrame> read(Path folder, int first, int last) {
        ImageSequence images = ImageSequence.open(folder);
        Lineage annotations = C2c12TextReader.read(folder.resolve("annotations.txt"));
        List<AnnotatedFrame> frames = new ArrayList<>();
        for (int f = first; f <= last; f++) {
            frames.add(new AnnotatedFrame(images.read(f), annotations.cells().cellsIn(f)));
        }
        return frames;
    }
}
