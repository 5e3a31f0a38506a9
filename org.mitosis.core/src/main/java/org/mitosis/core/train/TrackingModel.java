package org.mitosis.core.train;


import org.mitosis.core.link.Linker;

/**
 * A trained tracking model: something that can link cells, plus where it came from. Each method
 * (LAP now; GNN-DOL and the naive GNN later) has one implementation and one {@link ModelCodec}
 * registered in {@link ModelFiles}.
 */
public interface TrackingModel extends Model {

    /** A linker that applies this model. */
    Linker linker();
}
