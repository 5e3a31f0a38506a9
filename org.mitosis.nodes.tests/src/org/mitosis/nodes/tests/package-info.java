/**
 * Tests that need KNIME (Maven profile "knime", run by Tycho in an OSGi runtime with KNIME's core): the example
 * workflows run end to end like KNIME testflows.
 */
package org.mitosis.nodes.tests;
