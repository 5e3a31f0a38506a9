package org.mitosis.core.samediff;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.autodiff.samediff.config.SDValue;
import org.nd4j.autodiff.samediff.internal.AbstractSession;
import org.nd4j.autodiff.samediff.internal.InferenceSession;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.autodiff.samediff.internal.memory.ArrayCacheMemoryMgr;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.Op;

/**
 * Frees the native memory of the arrays one SameDiff pass created, as soon as the caller is done
 * with them.
 *
 * <p>Why: ND4J 1.0.0-M2.1's session keeps every activation and gradient of its last pass and lets
 * go of them only when the next pass starts; their native buffers are then freed when the Java
 * collector finds the small objects holding them, and it rarely looks, since the heap barely
 * grows. Training the U-Net so grew by ~420 MB a step, to 11 GB in two epochs, and each step ran
 * on fresh memory pages, four times slower than on reused ones; GNN-DOL's training took twice as
 * long.
 *
 * <p>Some arrays outlive a pass: the parameters and constants; the arguments and output that each
 * legacy op (scalar, transform, reduction) holds, writing into that output again when the next
 * pass has the same shape; and the released arrays the session caches to hand out again. So this
 * closes only op outputs that appeared in the session since the pass before, and never a buffer
 * that one of those, a placeholder, a variable or a constant uses. The first pass therefore frees
 * nothing: it only learns what the session keeps.
 *
 * <p>It also bounds that cache to {@link #MAX_CACHE_BYTES}: ND4J sizes it at a quarter of
 * JavaCPP's limit, by default the heap's size, so 2 GB a session with an 8 GB heap (training the
 * epidermis GNN-DOL without a JavaCPP limit: 6.1 GB resident instead of 7.7 GB, the same model).
 * Where the passes repeat the same shapes, {@link #recycling} hands the arrays to that cache
 * instead, for the next pass to reuse.
 *
 * <p>Not thread-safe; one instance per network and pass kind, used on the thread that runs the
 * passes.
 */
public final class PassArrays {

    /** The most the session may keep in its cache of released arrays. */
    static final long MAX_CACHE_BYTES = 256L << 20;

    /** SameDiff's name for the gradient function it derives from a graph (a protected constant there). */
    private static final String GRADIENT_FUNCTION = "grad";

    private final boolean recycle;
    private final long maxCacheBytes;
    private Set<INDArray> previous;

    /** Closes each pass's arrays and bounds the session's cache to {@link #MAX_CACHE_BYTES}. */
    public PassArrays() {
        this(false, MAX_CACHE_BYTES);
    }

    private PassArrays(boolean recycle, long maxCacheBytes) {
        this.recycle = recycle;
        this.maxCacheBytes = maxCacheBytes;
    }

    /**
     * Hands each pass's arrays to the session's cache instead of closing them, and lets the cache
     * hold up to {@code cacheBytes}: for passes that repeat the same shapes, such as a detector's
     * frames, the next pass then takes its arrays from the cache instead of fresh memory pages (the
     * shipped U-Net on the ten real frames: 201-216 ms a frame against 289-317 ms, the same cells).
     * Views are left to their base arrays, and an array whose id the cache already holds is closed:
     * the cache keys on ids, and ND4J's array ids are not unique (observed: an op output with the id
     * of another shape's cached array).
     */
    public static PassArrays recycling(long cacheBytes) {
        return new PassArrays(true, cacheBytes);
    }

    /**
     * {@link #release} for the gradient function of {@code graph}; nothing before its first
     * gradient pass, which creates that function.
     */
    public void releaseGradientPass(SameDiff graph) {
        SameDiff function = graph.getFunction(GRADIENT_FUNCTION);
        if (function != null) {
            release(function);
        }
    }

    /**
     * Closes (or {@link #recycling recycles}) the op outputs that the calling thread's session of
     * {@code function} created in its last pass. Outputs handed out by that pass (results, gradients)
     * go too: call this only when they are no longer used. Placeholders, variables and constants are
     * never touched.
     */
    public void release(SameDiff function) {
        InferenceSession session = function.getSessions().get(Thread.currentThread().getId());
        if (session == null) {
            return;
        }
        ArrayCacheMemoryMgr cache = session.getMmgr() instanceof ArrayCacheMemoryMgr c ? c : null;
        if (cache != null && (recycle ? cache.getMaxCacheBytes() != maxCacheBytes : cache.getMaxCacheBytes() > maxCacheBytes)) {
            cache.setMaxCacheBytes(maxCacheBytes);
        }
        Set<Long> keep = new HashSet<>();
        Set<INDArray> current = opOutputs(session, function, keep);
        if (previous != null) {
            keepHeldByNd4j(session, function, keep);
            for (INDArray a : current) {
                if (previous.contains(a)) {
                    keep.add(a.data().address());
                }
            }
            Set<INDArray> recycled = Collections.newSetFromMap(new IdentityHashMap<>());
            for (INDArray a : current) {
                // one release per buffer (arrays that share one, as identity outputs do, go once); when
                // recycling, a view's buffer belongs to its base array, which goes to the cache itself
                if (previous.contains(a) || !a.closeable() || (recycle && a.isView()) || !keep.add(a.data().address())) {
                    continue;
                }
                if (recycle && cache != null && !cache.getLruCache().contains(a.getId())) {
                    cache.release(a);
                    recycled.add(a);
                } else {
                    a.close();
                }
            }
            current.removeIf(a -> a.wasClosed() || recycled.contains(a));
        }
        previous = current;
    }

    /**
     * The op outputs in the session; adds to {@code keep} the buffers of its placeholders and of
     * the function's variables and constants.
     */
    private static Set<INDArray> opOutputs(InferenceSession session, SameDiff function, Set<Long> keep) {
        Set<INDArray> outputs = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<AbstractSession.VarId, SDValue> e : session.getNodeValueOutputs().entrySet()) {
            String name = e.getKey().getVariable();
            boolean opOutput = function.hasVariable(name)
                    && function.getVariable(name).getVariableType() == VariableType.ARRAY;
            for (INDArray a : arrays(e.getValue())) {
                if (opOutput) {
                    outputs.add(a);
                } else {
                    keep.add(a.data().address());
                }
            }
        }
        for (SDVariable v : function.variables()) {
            if (v.getVariableType() == VariableType.VARIABLE || v.getVariableType() == VariableType.CONSTANT) {
                INDArray a = function.getArrForVarName(v.name());
                if (live(a)) {
                    keep.add(a.data().address());
                }
            }
        }
        return outputs;
    }

    /** Adds the buffers the legacy ops hold and those in the session's cache of released arrays. */
    private static void keepHeldByNd4j(InferenceSession session, SameDiff function, Set<Long> keep) {
        for (SameDiffOp op : function.getOps().values()) {
            if (op.getOp() instanceof Op legacy) {
                for (INDArray held : new INDArray[] {legacy.x(), legacy.y(), legacy.z()}) {
                    if (live(held)) {
                        keep.add(held.data().address());
                    }
                }
            }
        }
        if (session.getMmgr() instanceof ArrayCacheMemoryMgr cache) {
            for (INDArray cached : cache.getLruCacheValues().values()) {
                if (live(cached)) {
                    keep.add(cached.data().address());
                }
            }
        }
    }

    private static List<INDArray> arrays(SDValue value) {
        if (value == null) {
            return List.of();
        }
        return value.getCollection().stream().filter(PassArrays::live).toList();
    }

    /** Whether {@code a} still has a buffer (a closed one has no address to ask for). */
    private static boolean live(INDArray a) {
        return a != null && !a.wasClosed() && a.data() != null && !a.data().wasClosed();
    }
}
