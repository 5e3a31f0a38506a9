/**
 * The Lineage View node: draws a lineage as a tree diagram (time downwards, divisions as forks) into a PNG image.
 */
package org.mitosis.nodes.view;
