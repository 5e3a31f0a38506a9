package org.mitosis.nodes.exec;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.mitosis.core.monitor.CanceledException;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * The engine's {@link ProgressMonitor} on top of KNIME's {@link ExecutionMonitor}: progress goes to the node's
 * progress bar, and the user's cancel request surfaces in the engine as {@link CanceledException}.
 */
public final class KnimeProgress implements ProgressMonitor {

    private final ExecutionMonitor m_exec;

    /**
     * @param exec the node's execution monitor (or a sub-monitor of it)
     */
    public KnimeProgress(final ExecutionMonitor exec) {
        m_exec = exec;
    }

    @Override
    public void setProgress(final double fraction, final String message) {
        m_exec.setProgress(Math.max(0, Math.min(1, fraction)), message);
    }

    @Override
    public void checkCanceled() {
        try {
            m_exec.checkCanceled();
        } catch (CanceledExecutionException e) {
            // The engine knows only its own exception type; EngineCalls maps it back for KNIME.
            throw new CanceledException();
        }
    }
}
