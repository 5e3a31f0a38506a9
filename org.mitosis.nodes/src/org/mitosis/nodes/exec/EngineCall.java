package org.mitosis.nodes.exec;

import org.knime.core.node.CanceledExecutionException;
import org.mitosis.core.monitor.CanceledException;

/**
 * One call into the engine from a node's {@code execute}. The wrapper only translates the engine's cancellation
 * into KNIME's, so a canceled node ends in the state KNIME expects instead of an error.
 *
 * @param <T> what the engine returns
 */
@FunctionalInterface
public interface EngineCall<T> {

    /**
     * @return the engine's result
     * @throws Exception whatever the engine throws
     */
    T call() throws Exception;

    /**
     * Runs {@code call} and maps {@link CanceledException} to {@link CanceledExecutionException}.
     *
     * @param <T> what the engine returns
     * @param call the engine call
     * @return the engine's result
     * @throws Exception the engine's failure, or {@link CanceledExecutionException} if the user canceled
     */
    static <T> T run(final EngineCall<T> call) throws Exception {
        try {
            return call.call();
        } catch (CanceledException e) {
            throw new CanceledExecutionException("Canceled by the user");
        }
    }
}
