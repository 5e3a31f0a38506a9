package org.mitosis.core.detect;

/**
 * A local maximum of a map at sub-pixel precision.
 *
 * @param x column, in the map's pixels
 * @param y row, in the map's pixels
 * @param value map value at the maximum's pixel
 */
public record Peak(double x, double y, double value) {
}
