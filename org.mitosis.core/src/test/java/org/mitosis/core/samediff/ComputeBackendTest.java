package org.mitosis.core.samediff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ComputeBackendTest {

    @Test
    void theDefaultBuildRunsOnTheCpuAndNamesItsBlasAndCores() {
        String described = ComputeBackend.describe();
        assertTrue(described.matches("CPU \\((OPENBLAS|MKL|[A-Z_]+), [1-9]\\d* cores\\)"), described);
    }
}
