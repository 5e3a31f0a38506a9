package org.mitosis.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.io.LabelMasks;
import org.mitosis.core.ops.DivisionGalleryOperation;
import org.mitosis.core.plot.DivisionStrip;
import org.mitosis.core.plot.GalleryFolder;
import org.mitosis.core.plot.GallerySettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mitosis gallery}: draws every division of a result on its movie, to check them by eye. */
@Command(name = "gallery", description = "Draws every division of a tracking result on the movie its cells were detected in: "
        + "one PNG per division (the frames around it, cropped around the mother; mother cyan, daughters red, other cells "
        + "green) and an index.html that shows them all.")
final class GalleryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--result", required = true, description = "Result folder written by 'mitosis track' (or any lineage input).")
    Path result;

    @Option(names = "--images", required = true, description = "The movie the cells come from: image folder (frame = index in "
            + "name order) or multi-page TIFF (frame = page).")
    Path images;

    @Option(names = "--masks", description = "The label masks the result's cells were read from (as given to 'track --cells' "
            + "or 'run --masks'): the mother and her daughters are then outlined along their labels instead of circled.")
    Path masks;

    @Option(names = "--frames", converter = FrameRange.Converter.class, description = "Only divisions in frames a-b (0-based, inclusive).")
    FrameRange frames;

    @Option(names = "--crop-size", defaultValue = "96", description = "Side of each crop in image pixels, 16-1024 (default ${DEFAULT-VALUE}).")
    int cropSize;

    @Option(names = "--frames-before", defaultValue = "1", description = "Frames shown before the mother's last, 0-10 (default ${DEFAULT-VALUE}).")
    int framesBefore;

    @Option(names = "--frames-after", defaultValue = "2", description = "Frames shown after it, 1-10 (default ${DEFAULT-VALUE}).")
    int framesAfter;

    @Option(names = "--zoom", defaultValue = "2", description = "Screen pixels per image pixel, 1-8 (default ${DEFAULT-VALUE}).")
    int zoom;

    @Option(names = "--truth", description = "Annotated divisions to check the result against: each division is then "
            + "labelled found or false, and the truth's missed ones are drawn too (with the evaluation's default radii).")
    Path truth;

    @Option(names = "--out", required = true, description = "Folder for the PNGs and index.html (created if needed).")
    Path out;

    @Override
    public Integer call() throws Exception {
        DivisionGalleryOperation gallery = new DivisionGalleryOperation(new GallerySettings(cropSize, framesBefore, framesAfter, zoom));
        Lineage lineage = Inputs.read(result, frames);
        ConsoleProgress progress = new ConsoleProgress(System.err, "gallery");
        ImageSequence movie = ImageSequence.open(images);
        Optional<ImageSequence> segmentation = masks == null ? Optional.empty() : Optional.of(LabelMasks.open(masks));
        List<DivisionStrip> strips = truth == null ? gallery.run(lineage, movie, segmentation, progress)
                : gallery.run(lineage, Inputs.read(truth, frames), EvaluationSettings.DEFAULTS, movie, segmentation, progress);
        progress.done();
        DivisionGalleryOperation.write(strips, out);
        spec.commandLine().getOut().printf("drew %d divisions%s: %s%n", strips.size(), truth == null ? "" : " ("
                + strips.stream().collect(Collectors.groupingBy(DivisionStrip::label, TreeMap::new, Collectors.counting()))
                        .entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + ")",
                out.resolve(GalleryFolder.INDEX));
        return 0;
    }
}
