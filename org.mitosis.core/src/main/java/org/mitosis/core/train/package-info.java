/**
 * Trained models and their files. A {@link org.mitosis.core.train.TrackingModel} knows its method
 * and gives a {@link org.mitosis.core.link.Linker}; {@link org.mitosis.core.train.ModelFiles}
 * writes and reads it as a versioned zip archive:
 * <ul>
 * <li>{@code manifest.json}: {@code {"format":"mitosis-model","formatVersion":1,"method":"lap",
 * "seed":0,"created":"2026-11-25T16:00:00Z","settings":{...}}} (settings recorded for people and
 * provenance);</li>
 * <li>method entries, named after the method: LAP writes {@code lap/settings.json}, the
 * {@link org.mitosis.core.link.LapSettings} as JSON. GNN-DOL will add its weights and feature
 * normalisation the same way.</li>
 * </ul>
 * Adding a method means one {@link org.mitosis.core.train.TrackingModel} implementation, one
 * {@link org.mitosis.core.train.ModelCodec}, and one entry in {@code ModelFiles.CODECS}. A reader
 * refuses newer format versions; a future version 2 writer must keep reading version 1 files.
 *
 * <p>Training of the GNN (naive GNN or GNN-DOL) on annotated lineages, as in GNN-DOL (Zhang, Nguyen
 * &amp; Tsuda, Sci. Rep. 13:14306, 2023): sub-problems of 30 cells per frame pair (daughters first,
 * then their parents and random cells with their predecessors), weighted binary cross-entropy with
 * the positive weight from the class balance, Adam, seeded. Departures: validation on the last
 * frames in time with early stopping on the division F1 of whole-frame inference (the rounding's
 * division threshold is tuned there too); candidate pairs and pair features come from the whole
 * frames so that training and inference see the same features. The learning rate stays at the
 * paper's 1e-4: on F0009, 1e-3 drove the training loss to ~0.003 within a few epochs and the
 * validation division F1 down (overfitting), while 1e-4 reached a higher validation F1.
 */
package org.mitosis.core.train;
