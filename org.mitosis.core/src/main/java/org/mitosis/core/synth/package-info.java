/**
 * Synthetic data and perturbations of real data, for testing the pipeline where the truth is
 * known. {@link org.mitosis.core.synth.DetectionNoise} turns annotated cell positions into
 * imperfect detections (position jitter, missed and spurious cells), so that linking can be
 * measured against detector errors without a trained detector. Results obtained on such data are
 * synthetic and must be labelled so.
 */
package org.mitosis.core.synth;
