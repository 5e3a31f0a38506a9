/**
 * Plumbing for ND4J's SameDiff, shared by the networks that train in it (the U-Net of
 * {@code org.mitosis.core.detect}, the GNN of {@code org.mitosis.core.gnn}): what the library
 * leaves undone in version 1.0.0-M2.1 and each network would otherwise repeat, and which of ND4J's
 * backends runs them ({@link org.mitosis.core.samediff.ComputeBackend}).
 */
package org.mitosis.core.samediff;
