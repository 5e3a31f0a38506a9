/**
 * The learner nodes' option to learn from annotated cells perturbed as a detector delivers them: one group of
 * settings, dialog components and engine settings, shared by every node that trains a tracker.
 */
package org.mitosis.nodes.perturb;
