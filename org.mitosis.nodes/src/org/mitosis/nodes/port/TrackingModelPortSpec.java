package org.mitosis.nodes.port;

import java.io.IOException;
import java.util.Map;

import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectSpecZipInputStream;
import org.knime.core.node.port.PortObjectSpecZipOutputStream;

/**
 * Spec of a {@link TrackingModelPortObject}: the settings it was made with, known at configure time.
 */
public final class TrackingModelPortSpec extends FactsSpec {

    /** Fact: number of feature columns of the cells the model was trained on. */
    public static final String CELL_FEATURES = "cell features";

    private static final String ENTRY = "tracking-model-spec";

    /**
     * @param facts name to value, in display order
     */
    public TrackingModelPortSpec(final Map<String, String> facts) {
        super(facts);
    }

    /**
     * The number of cell features the model was trained on, or -1 where the spec does not say (a model from an
     * older workflow).
     */
    public int cellFeatures() {
        try {
            return Integer.parseInt(fact(CELL_FEATURES));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Reads and writes the spec as one versioned zip entry. */
    public static final class Serializer extends PortObjectSpec.PortObjectSpecSerializer<TrackingModelPortSpec> {

        @Override
        public void savePortObjectSpec(final TrackingModelPortSpec spec, final PortObjectSpecZipOutputStream out)
            throws IOException {
            PortEntry.write(out, ENTRY, format(), o -> writeFacts(spec, o));
        }

        @Override
        public TrackingModelPortSpec loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException {
            return new TrackingModelPortSpec(PortEntry.read(in, ENTRY, format(), FactsSpec::readFacts));
        }
    }
}
