/**
 * The Image Sequence Reader node: lists the frames of a time-lapse, a folder of images or a multi-page TIFF, as an
 * image table for the detector nodes.
 */
package org.mitosis.nodes.images;
