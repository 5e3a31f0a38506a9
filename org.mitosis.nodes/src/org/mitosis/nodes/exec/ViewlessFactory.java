package org.mitosis.nodes.exec;

import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;

/**
 * A node factory for nodes without Swing views (all of ours: the Lineage View node outputs a PNG
 * port instead), so that each factory states only its model and dialog.
 *
 * @param <M> the node model
 */
public abstract class ViewlessFactory<M extends NodeModel> extends NodeFactory<M> {

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing views for removal; our nodes have none.
    protected final int getNrNodeViews() {
        return 0;
    }

    @Override
    @SuppressWarnings("removal")
    public final NodeView<M> createNodeView(final int viewIndex, final M nodeModel) {
        throw new IndexOutOfBoundsException("this node has no views, asked for " + viewIndex);
    }
}
