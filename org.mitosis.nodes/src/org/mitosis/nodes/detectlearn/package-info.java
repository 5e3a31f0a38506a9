/**
 * The Cell Detector Learner node: trains the engine's U-Net cell detector on frame images with annotated cell
 * positions.
 */
package org.mitosis.nodes.detectlearn;
