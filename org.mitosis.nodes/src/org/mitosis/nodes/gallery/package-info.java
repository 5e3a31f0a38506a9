/**
 * The Division Gallery node: draws every division of a lineage on the movie its cells come from, one strip of image
 * crops per division, to check the divisions by eye.
 */
package org.mitosis.nodes.gallery;
