/**
 * The Synthetic Time-Lapse node: simulates a seeded time-lapse of moving and dividing cells with its true lineage, and
 * optionally renders its frames as images.
 */
package org.mitosis.nodes.synth;
