/**
 * The Cell Detector node: finds cells in frame images with a trained detector and outputs their positions and shape
 * features.
 */
package org.mitosis.nodes.detect;
