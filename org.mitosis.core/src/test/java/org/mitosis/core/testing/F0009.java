package org.mitosis.core.testing;

import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.CtcReader;

/**
 * The real C2C12 F0009 annotation (780 frames, 247 divisions), read once per test JVM with the
 * project's own CTC reader; tests that call it are skipped where the shared data is absent.
 */
public final class F0009 {

    private static Lineage truth;

    private F0009() {
    }

    /** The full annotated lineage, after skipping the calling test where the data is absent. */
    public static synchronized Lineage truth() {
        if (truth == null) {
            truth = CtcReader.read(SharedData.require("c2c12-F0009"));
        }
        return truth;
    }
}
