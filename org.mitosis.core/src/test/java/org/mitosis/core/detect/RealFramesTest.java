package org.mitosis.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mitosis.core.testing.SharedData;

/** The benchmark's private reader reads the real frames and their annotations. */
class RealFramesTest {

    @Test
    void readsFrameAndAnnotations() throws IOException {
        Path folder = SharedData.require("c2c12-F0009-frames700-709/annotations.txt").getParent();
        AnnotatedFrame f = RealFrames.read(folder, 9);
        assertEquals(1392, f.image().width());
        assertEquals(1040, f.image().height());
        assertEquals(231, f.cells().size());
        assertTrue(f.cells().stream().allMatch(c -> c.frame() == 9 && c.x() < 1392 && c.y() < 1040));
        float[] p = f.image().pixels();
        double mean = 0;
        for (float v : p) {
            mean += v;
        }
        mean /= p.length;
        assertTrue(mean > 20 && mean < 235, "8-bit grey values: mean " + mean);
    }
}
