package org.mitosis.core.detect;

import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs the U-Net over a frame of any size in tiles: the frame (zero-padded to a multiple of the
 * granularity) is cut into cores of {@code tileSize - 2·margin}; each core is processed with up to
 * {@code margin} of context on every side (less at the frame border, where the tile ends like the
 * frame does) and only the core is kept. Tile origins are multiples of the granularity so the
 * pooling grid matches the whole-frame one; with a margin at least the receptive-field radius the
 * stitched output equals whole-frame inference. Memory is bounded by one tile's activations.
 */
final class TiledInference {

    private final UNet net;
    private final int tileSize;
    private final int margin;

    TiledInference(UNet net, int tileSize, int margin) {
        int g = net.shape().granularity();
        if (tileSize % g != 0 || margin % g != 0 || 2 * margin >= tileSize) {
            throw new IllegalArgumentException("tile " + tileSize + " / margin " + margin + " do not fit granularity " + g);
        }
        this.net = net;
        this.tileSize = tileSize;
        this.margin = margin;
    }

    /**
     * @param input row-major standardised image at working scale
     * @param withFeatures whether to stitch the feature level too
     */
    NetworkOutput run(float[] input, int width, int height, boolean withFeatures) {
        int g = net.shape().granularity();
        int pw = roundUp(width, g);
        int ph = roundUp(height, g);
        int stride = 1 << net.shape().featureLevel();
        int fw = pw / stride;
        int fh = ph / stride;
        int channels = net.shape().featureCount();
        float[] map = new float[pw * ph];
        float[] features = withFeatures ? new float[channels * fw * fh] : new float[0];
        int core = pw <= tileSize && ph <= tileSize ? Math.max(pw, ph) : tileSize - 2 * margin;
        for (int oy = 0; oy < ph; oy += core) {
            for (int ox = 0; ox < pw; ox += core) {
                int x0 = Math.max(0, ox - margin);
                int y0 = Math.max(0, oy - margin);
                int x1 = Math.min(pw, ox + core + margin);
                int y1 = Math.min(ph, oy + core + margin);
                INDArray tile = Nd4j.create(crop(input, width, height, x0, y0, x1 - x0, y1 - y0),
                        new long[] {1, 1, y1 - y0, x1 - x0});
                Map<String, INDArray> out = net.forward(tile, withFeatures);
                int cw = Math.min(core, pw - ox);
                int ch = Math.min(core, ph - oy);
                paste(floats(out.get(UNet.MAP)), 1, x1 - x0, y1 - y0, ox - x0, oy - y0, map, pw, ph, ox, oy, cw, ch);
                if (withFeatures) {
                    paste(floats(out.get(UNet.FEATURES)), channels, (x1 - x0) / stride, (y1 - y0) / stride,
                            (ox - x0) / stride, (oy - y0) / stride, features, fw, fh, ox / stride, oy / stride,
                            cw / stride, ch / stride);
                }
            }
        }
        return new NetworkOutput(width, height, crop(map, pw, ph, 0, 0, width, height), stride, fw, fh, features);
    }

    private static float[] floats(INDArray a) {
        return a.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    /** Window of a row-major image; pixels outside the image read as 0. */
    private static float[] crop(float[] src, int width, int height, int x0, int y0, int w, int h) {
        float[] out = new float[w * h];
        for (int y = 0; y < h && y0 + y < height; y++) {
            int n = Math.max(0, Math.min(w, width - x0));
            System.arraycopy(src, (y0 + y) * width + x0, out, y * w, n);
        }
        return out;
    }

    /** Copies a {@code cw x ch} block of each channel from (sx, sy) of the tile to (dx, dy) of the frame. */
    private static void paste(float[] tile, int channels, int tw, int th, int sx, int sy, float[] dst, int dw, int dh,
            int dx, int dy, int cw, int ch) {
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < ch; y++) {
                System.arraycopy(tile, c * tw * th + (sy + y) * tw + sx, dst, c * dw * dh + (dy + y) * dw + dx, cw);
            }
        }
    }

    private static int roundUp(int v, int g) {
        return (v + g - 1) / g * g;
    }
}
