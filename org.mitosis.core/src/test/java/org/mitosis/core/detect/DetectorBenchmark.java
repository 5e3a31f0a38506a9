package org.mitosis.core.detect;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.mitosis.core.io.GrayImage;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * Benchmark (not a test): trains the detector on real C2C12 frames 0-5 with frame 6 for
 * validation, scores frames 7-9 with optimal one-to-one matching within 10 px and times detection
 * of a whole 1392x1040 frame. Arguments: data folder ({@code .../c2c12-F0009-frames700-709}),
 * model zip to write (or read with {@code --reuse}; {@code --quick} trains a few steps only, to check
 * the wiring); system property {@code bench.maxSeconds} bounds the training time (default 3600).
 * Prints figures; asserts nothing.
 */
public final class DetectorBenchmark {

    private DetectorBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path model = Path.of(args[1]);
        String mode = args.length > 2 ? args[2] : "";
        CentroidDetector detector = mode.equals("--reuse") && Files.exists(model) ? load(model)
                : train(data, model, mode.equals("--quick"));
        score(detector, RealFrames.read(data, 7, 9));
        time(detector, RealFrames.read(data, 7).image());
    }

    private static CentroidDetector train(Path data, Path model, boolean quick) throws IOException {
        List<AnnotatedFrame> training = RealFrames.read(data, 0, 5);
        List<AnnotatedFrame> validation = RealFrames.read(data, 6, 6);
        TrainingSettings settings = quick ? TrainingSettings.defaults().withBudget(128, 2, 2, 2)
                : TrainingSettings.defaults().withMaxSeconds(Double.parseDouble(System.getProperty("bench.maxSeconds", "3600")));
        long start = System.nanoTime();
        TrainingResult result = new DetectorTraining(DetectorSettings.defaults(), settings)
                .train(training, validation, console());
        double seconds = (System.nanoTime() - start) / 1e9;
        for (EpochRecord e : result.epochs()) {
            System.out.printf("epoch %2d loss %.5f val F1 %.4f P %.4f R %.4f (%.0f s)%n", e.epoch(), e.trainingLoss(),
                    e.validationF1(), e.validationPrecision(), e.validationRecall(), e.seconds());
        }
        System.out.printf("training: %.0f s, %s after %d epochs, kept epoch %d, threshold %.2f%n", seconds,
                result.stop(), result.epochs().size(), result.bestEpoch(), result.detector().settings().threshold());
        try (OutputStream out = Files.newOutputStream(model); ZipOutputStream zip = new ZipOutputStream(out)) {
            result.detector().writeTo(zip);
        }
        return result.detector();
    }

    private static CentroidDetector load(Path model) throws IOException {
        try (ZipFile zip = new ZipFile(model.toFile())) {
            return CentroidDetector.readFrom(zip);
        }
    }

    private static void score(CentroidDetector detector, List<AnnotatedFrame> test) {
        int[] total = new int[3];
        for (int i = 0; i < test.size(); i++) {
            AnnotatedFrame f = test.get(i);
            int[] c = OptimalMatching.count(detector, f, 7 + i, 10);
            System.out.printf("frame %d: %d annotated, %d detected, TP %d FP %d FN %d%n", 7 + i, f.cells().size(),
                    c[0] + c[1], c[0], c[1], c[2]);
            for (int k = 0; k < 3; k++) {
                total[k] += c[k];
            }
        }
        double p = (double) total[0] / (total[0] + total[1]);
        double r = (double) total[0] / (total[0] + total[2]);
        System.out.printf("real frames 7-9 (optimal matching, 10 px): precision %.4f recall %.4f F1 %.4f%n", p, r,
                2 * p * r / (p + r));
    }

    /** Wall time, and process CPU time (all threads) as a proxy for an unshared machine. */
    private static void time(CentroidDetector detector, GrayImage frame) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        detector.detect(frame, 0);
        int runs = 5;
        double best = Double.POSITIVE_INFINITY;
        double sum = 0;
        long cpuStart = os.getProcessCpuTime();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            detector.detect(frame, 0);
            double s = (System.nanoTime() - start) / 1e9;
            best = Math.min(best, s);
            sum += s;
        }
        double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9 / runs;
        System.out.printf("detection of one %dx%d frame (with features): wall mean %.3f s, best %.3f s; CPU %.3f s"
                + " per frame over %d runs; %d cores, load average %.1f%n", frame.width(), frame.height(), sum / runs,
                best, cpu, runs, os.getAvailableProcessors(), os.getSystemLoadAverage());
    }

    private static ProgressMonitor console() {
        return new ProgressMonitor() {
            private String last = "";

            @Override
            public void setProgress(double fraction, String message) {
                if (message.startsWith("epoch") && !message.contains("step") && !message.equals(last)) {
                    System.out.println(message);
                    last = message;
                }
            }

            @Override
            public void checkCanceled() {
                // the benchmark runs to the end
            }
        };
    }
}
