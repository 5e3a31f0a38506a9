/**
 * Synthetic data and perturbations of real data, for testing the pipeline where the truth is
 * known. {@link org.mitosis.core.synth.DetectionNoise} turns annotated cell positions into
 * imperfect detections (position jitter, missed and spurious cells), so that linking can be
 * measured against detector errors without a trained detector.
 * {@link org.mitosis.core.synth.PhaseContrastRenderer} draws the frames of a simulated lineage
 * ({@link org.mitosis.core.synth.TimeLapseSimulator}) as phase-contrast-like 8-bit images, with
 * cells about to divide rounded and bright-bordered, for testing and pretraining the detector.
 * Results obtained on such data are synthetic and must be labelled so.
 */
package org.mitosis.core.synth;
