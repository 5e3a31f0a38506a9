package org.mitosis.core.detect;

/**
 * The U-Net's answer for one whole frame at working scale: the centroid map and the feature level.
 *
 * @param width map width, working px
 * @param height map height, working px
 * @param map row-major centroid map, {@code width * height}
 * @param featureStride working px per feature pixel ({@code 2^featureLevel})
 * @param featureWidth feature map width
 * @param featureHeight feature map height
 * @param features channel-major feature maps, {@code channels * featureHeight * featureWidth}
 */
record NetworkOutput(int width, int height, float[] map, int featureStride, int featureWidth, int featureHeight,
        float[] features) {

    int featureChannels() {
        return features.length / (featureWidth * featureHeight);
    }
}
