package org.mitosis.nodes.port;

import java.io.IOException;
import java.util.Map;

import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectSpecZipInputStream;
import org.knime.core.node.port.PortObjectSpecZipOutputStream;

/**
 * Spec of a {@link DetectorModelPortObject}: the settings it was made with, known at configure time.
 */
public final class DetectorModelPortSpec extends FactsSpec {

    private static final String ENTRY = "detector-model-spec";

    /**
     * @param facts name to value, in display order
     */
    public DetectorModelPortSpec(final Map<String, String> facts) {
        super(facts);
    }

    /** Reads and writes the spec as one versioned zip entry. */
    public static final class Serializer extends PortObjectSpec.PortObjectSpecSerializer<DetectorModelPortSpec> {

        @Override
        public void savePortObjectSpec(final DetectorModelPortSpec spec, final PortObjectSpecZipOutputStream out)
            throws IOException {
            PortEntry.write(out, ENTRY, format(), o -> writeFacts(spec, o));
        }

        @Override
        public DetectorModelPortSpec loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException {
            return new DetectorModelPortSpec(PortEntry.read(in, ENTRY, format(), FactsSpec::readFacts));
        }
    }
}
