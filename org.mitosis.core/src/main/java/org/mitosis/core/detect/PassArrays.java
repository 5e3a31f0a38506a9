package org.mitosis.core.detect;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.config.SDValue;
import org.nd4j.autodiff.samediff.internal.InferenceSession;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.Op;

/**
 * Frees the native memory of the arrays one SameDiff pass created, as soon as the caller is done
 * with them.
 *
 * <p>Why: ND4J 1.0.0-M2.1's session keeps every activation and gradient of its last pass and lets
 * go of them only when the next pass starts; their native buffers are then freed when the Java
 * collector finds the small objects holding them, and it rarely looks, since the heap barely
 * grows. Training the U-Net so grew by ~420 MB a step, to 11 GB in two epochs, and each step ran on
 * fresh memory pages, four times slower than on reused ones. Some arrays outlive a pass: the
 * parameters and constants, and the output of each legacy op (scalar, transform, reduction), which
 * the op holds and writes into again when the next pass has the same shape. So this closes only
 * the arrays that appeared in the session since the pass before, and never a buffer that a kept
 * array, an op's held output or a protected array (the network's parameters) uses. The first pass
 * therefore frees nothing: it only learns what the session keeps.
 *
 * <p>Not thread-safe; one instance per network and pass kind, used on the thread that runs the
 * passes.
 */
final class PassArrays {

    private Set<INDArray> previous;

    /**
     * Closes the arrays that the calling thread's session of {@code function} created in its last
     * pass. Arrays handed out by that pass (outputs, gradients) are closed too: call this only when
     * they are no longer used.
     *
     * @param protectedArrays arrays whose buffers must survive (the network's parameters)
     */
    void release(SameDiff function, Iterable<INDArray> protectedArrays) {
        InferenceSession session = function.getSessions().get(Thread.currentThread().getId());
        if (session == null) {
            return;
        }
        Set<INDArray> current = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SDValue value : session.getNodeValueOutputs().values()) {
            for (INDArray a : value.getCollection()) {
                if (a != null && a.data() != null) {
                    current.add(a);
                }
            }
        }
        if (previous != null) {
            Set<Long> keep = new HashSet<>();
            for (INDArray a : protectedArrays) {
                keep.add(a.data().address());
            }
            for (SameDiffOp op : function.getOps().values()) {
                if (op.getOp() instanceof Op legacy && legacy.z() != null && legacy.z().data() != null) {
                    keep.add(legacy.z().data().address());
                }
            }
            for (INDArray a : current) {
                if (previous.contains(a)) {
                    keep.add(a.data().address());
                }
            }
            for (INDArray a : current) {
                // one close per buffer: arrays that share one (identity outputs) are closed once
                if (!previous.contains(a) && a.closeable() && keep.add(a.data().address())) {
                    a.close();
                }
            }
            current.removeIf(INDArray::wasClosed);
        }
        previous = current;
    }
}
