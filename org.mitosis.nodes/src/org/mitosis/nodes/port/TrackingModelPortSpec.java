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

    private static final String ENTRY = "tracking-model-spec";

    /**
     * @param facts name to value, in display order
     */
    public TrackingModelPortSpec(final Map<String, String> facts) {
        super(facts);
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
