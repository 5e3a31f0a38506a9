/**
 * One operation per user action (read, simulate, perturb, train, track, evaluate, compare, ...),
 * with typed settings and a {@link org.mitosis.core.monitor.ProgressMonitor}. The command line and
 * the KNIME nodes call these and only translate arguments, settings, files and tables; any rule
 * about the science lives in the engine packages the operations compose.
 */
package org.mitosis.core.ops;
