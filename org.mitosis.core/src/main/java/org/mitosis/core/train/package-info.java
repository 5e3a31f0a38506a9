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
 */
package org.mitosis.core.train;
