/**
 * Cell detection: a U-Net that maps a phase-contrast frame to a centroid map, peak finding on that
 * map, and per-cell shape features read from a contracting layer of the same network, the first
 * stage of GNN-DOL (Zhang, Nguyen &amp; Tsuda, "Cell mitosis detection from video by graph neural
 * network and differentiable optimization layer", Sci. Rep. 13:14306, 2023).
 *
 * <p>The paper trains a U-Net (Ronneberger et al., MICCAI 2015) whose output marks cell centroids
 * as bright pixels and reads each cell's shape feature vector from a contraction layer over the
 * 50x50 px patch around it. Here: the target is a Gaussian blob per centroid
 * ({@link org.mitosis.core.detect.CentroidMap}), the loss a foreground-weighted squared error,
 * centroids are map peaks refined to sub-pixel precision ({@link org.mitosis.core.detect.PeakFinder}),
 * and the features are the mean activations of one contracting level over the patch. Departures:
 * frames are downsampled (2x by default) and standardised per image; "same" padding and
 * nearest-neighbour upsampling; no batch normalisation; large frames are processed in overlapping
 * tiles. Entry points: {@link org.mitosis.core.detect.DetectorTraining} and
 * {@link org.mitosis.core.detect.CentroidDetector}.
 */
package org.mitosis.core.detect;
