package org.mitosis.core.samediff;

import java.util.Properties;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Which of ND4J's backends runs the networks. The default build has the CPU backend only; one built
 * with the {@code cuda} profile also has CUDA's, which ND4J takes where it loads (an NVIDIA driver
 * and CUDA 11.6's libraries) and the CPU's elsewhere, so a user needs a way to see which one ran.
 */
public final class ComputeBackend {

    private ComputeBackend() {
    }

    /**
     * ND4J's name of the backend in use ({@code CPU} or {@code CUDA}), with the CUDA devices or the
     * CPU's BLAS and core count. Starts ND4J if it has not started.
     */
    public static String describe() {
        Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
        String backend = String.valueOf(env.get("backend"));
        Object devices = env.get("cuda.devicesInformation");
        if (devices != null) {
            return backend + " " + devices;
        }
        return backend + " (" + env.get("blas.vendor") + ", " + env.get("cores") + " cores)";
    }
}
