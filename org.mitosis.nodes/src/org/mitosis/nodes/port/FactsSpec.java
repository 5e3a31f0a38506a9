package org.mitosis.nodes.port;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.swing.JComponent;
import javax.swing.JLabel;

import org.knime.core.node.port.PortObjectSpec;

/**
 * A port spec that is a short, ordered list of named facts known before execution (e.g. the tracking method and
 * the settings it was trained with). Downstream nodes check facts in {@code configure}; the summary shows them.
 */
public abstract class FactsSpec implements PortObjectSpec {

    private static final int FORMAT = 1;

    private final Map<String, String> m_facts;

    /**
     * @param facts name to value, in display order; copied
     */
    protected FactsSpec(final Map<String, String> facts) {
        m_facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /** The facts, in display order. */
    public Map<String, String> facts() {
        return m_facts;
    }

    /** One fact, empty string when absent. */
    public String fact(final String name) {
        return m_facts.getOrDefault(name, "");
    }

    /** The facts as one line, "name: value, ...". */
    public String describe() {
        return m_facts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining(", "));
    }

    @Override
    public JComponent[] getViews() {
        JLabel label = new JLabel(describe());
        label.setName("Spec");
        return new JComponent[]{label};
    }

    @Override
    public boolean equals(final Object o) {
        return o != null && o.getClass() == getClass() && ((FactsSpec)o).m_facts.equals(m_facts);
    }

    @Override
    public int hashCode() {
        return m_facts.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }

    static void writeFacts(final FactsSpec spec, final OutputStream out) throws IOException {
        // Properties keep no order, so each key carries the fact's position: "0.method", "1.epochs", ...
        Properties p = new Properties();
        int i = 0;
        for (Map.Entry<String, String> e : spec.m_facts.entrySet()) {
            p.setProperty(i++ + "." + e.getKey(), e.getValue());
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        p.store(w, null);
        w.flush();
    }

    static Map<String, String> readFacts(final InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<Integer, Map.Entry<String, String>> ordered = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            int dot = key.indexOf('.');
            try {
                ordered.put(Integer.parseInt(key.substring(0, Math.max(dot, 0))),
                    Map.entry(key.substring(dot + 1), p.getProperty(key)));
            } catch (NumberFormatException e) {
                throw new IOException("Malformed spec fact \"" + key + "\"", e);
            }
        }
        Map<String, String> facts = new LinkedHashMap<>();
        ordered.values().forEach(e -> facts.put(e.getKey(), e.getValue()));
        return facts;
    }

    /** Version of the spec entry format. */
    static int format() {
        return FORMAT;
    }
}
