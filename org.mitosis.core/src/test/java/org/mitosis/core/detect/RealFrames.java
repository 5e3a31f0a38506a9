package org.mitosis.core.detect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.mitosis.core.cells.Cell;

/**
 * Reads the real frames of {@code c2c12-F0009-frames700-709} (PNGs + {@code annotations.txt}) for
 * tests and the benchmark. A private reader until the io package has one.
 */
final class RealFrames {

    private RealFrames() {
    }

    static AnnotatedFrame read(Path folder, int frame) throws IOException {
        Path png = folder.resolve(String.format("%04d.png", frame));
        var image = ImageIO.read(png.toFile());
        if (image == null) {
            throw new IOException(png + ": not a readable image");
        }
        List<Cell> cells = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("annotations.txt"))) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && Integer.parseInt(f[0]) == frame) {
                cells.add(new Cell(frame, Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])));
            }
        }
        return new AnnotatedFrame(GrayImage.of(image), cells);
    }

    static List<AnnotatedFrame> read(Path folder, int first, int last) throws IOException {
        List<AnnotatedFrame> frames = new ArrayList<>();
        for (int f = first; f <= last; f++) {
            frames.add(read(folder, f));
        }
        return frames;
    }
}
