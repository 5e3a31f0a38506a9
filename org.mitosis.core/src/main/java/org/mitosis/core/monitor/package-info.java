/**
 * Progress and cancellation for long engine work. The KNIME front end maps
 * {@link org.mitosis.core.monitor.ProgressMonitor} to its {@code ExecutionContext}, the command line
 * to a progress line.
 */
package org.mitosis.core.monitor;
