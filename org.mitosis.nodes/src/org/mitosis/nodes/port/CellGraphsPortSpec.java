package org.mitosis.nodes.port;

import java.io.IOException;
import java.util.Map;

import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectSpecZipInputStream;
import org.knime.core.node.port.PortObjectSpecZipOutputStream;

/**
 * Spec of a {@link CellGraphsPortObject}: the settings it was made with, known at configure time.
 */
public final class CellGraphsPortSpec extends FactsSpec {

    private static final String ENTRY = "cell-graphs-spec";

    /**
     * @param facts name to value, in display order
     */
    public CellGraphsPortSpec(final Map<String, String> facts) {
        super(facts);
    }

    /** Reads and writes the spec as one versioned zip entry. */
    public static final class Serializer extends PortObjectSpec.PortObjectSpecSerializer<CellGraphsPortSpec> {

        @Override
        public void savePortObjectSpec(final CellGraphsPortSpec spec, final PortObjectSpecZipOutputStream out)
            throws IOException {
            PortEntry.write(out, ENTRY, format(), o -> writeFacts(spec, o));
        }

        @Override
        public CellGraphsPortSpec loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException {
            return new CellGraphsPortSpec(PortEntry.read(in, ENTRY, format(), FactsSpec::readFacts));
        }
    }
}
