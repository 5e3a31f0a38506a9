/**
 * How nodes call the engine: KNIME's execution monitor as the engine's progress monitor, and cancellation mapped
 * both ways. Nodes hold no logic of their own; they translate settings and tables and call an engine operation.
 */
package org.mitosis.nodes.exec;
