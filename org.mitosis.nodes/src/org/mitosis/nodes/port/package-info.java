/**
 * The Mitosis port types (tracking model, detector model), registered through plugin.xml at
 * {@code org.knime.core.PortType}. Each port object serialises through the engine's own versioned file format,
 * wrapped in one zip entry whose name carries the port format version.
 */
package org.mitosis.nodes.port;
