/**
 * The Tracking Model Reader and Detector Model Reader nodes: load a model file that {@code mitosis train} or
 * {@code mitosis train-detector} wrote, or one shipped in {@code models/}, onto a model port.
 */
package org.mitosis.nodes.modelreader;
