package org.mitosis.workflows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * One KNIME XMLConfig file ({@code workflow.knime}, {@code settings.xml}) as a tree: each {@code <config>} holds
 * typed {@code <entry>}s and child configs, both in file order.
 *
 * @param key the config's key
 * @param entries entries by key
 * @param children child configs by key
 */
record KnimeConfig(String key, Map<String, Entry> entries, Map<String, KnimeConfig> children) {

    /** KNIME's XMLConfig namespace. */
    static final String NAMESPACE = "http://www.knime.org/2008/09/XMLConfig";

    /**
     * One {@code <entry>}.
     *
     * @param type e.g. xstring, xint, xdouble, xboolean
     * @param value the value attribute
     * @param isNull whether {@code isnull="true"}
     */
    record Entry(String type, String value, boolean isNull) {
    }

    /**
     * @throws IOException if the file is not well-formed or not an XMLConfig
     */
    static KnimeConfig read(Path file) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Element root = f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            if (!"config".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
                throw new IOException(file + ": root is not a KNIME XMLConfig <config>");
            }
            return of(root, file);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static KnimeConfig of(Element config, Path file) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, KnimeConfig> children = new LinkedHashMap<>();
        for (Node n = config.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String key = e.getAttribute("key");
                boolean fresh = switch (e.getLocalName()) {
                    case "entry" -> entries.put(key, new Entry(e.getAttribute("type"), e.getAttribute("value"),
                        "true".equals(e.getAttribute("isnull")))) == null;
                    case "config" -> children.put(key, of(e, file)) == null;
                    default -> throw new IOException(file + ": unexpected element <" + e.getLocalName() + ">");
                };
                if (!fresh || entries.containsKey(key) && children.containsKey(key)) {
                    throw new IOException(
                        file + ": key \"" + key + "\" appears twice in config " + config.getAttribute("key"));
                }
            }
        }
        return new KnimeConfig(config.getAttribute("key"), Collections.unmodifiableMap(entries),
            Collections.unmodifiableMap(children));
    }

    /** The child config, failing with its path when absent. */
    KnimeConfig child(String childKey) {
        KnimeConfig c = children.get(childKey);
        if (c == null) {
            throw new AssertionError("config \"" + key + "\" has no config \"" + childKey + "\"");
        }
        return c;
    }

    /** The entry's value, failing when absent. */
    String value(String entryKey) {
        Entry e = entries.get(entryKey);
        if (e == null) {
            throw new AssertionError("config \"" + key + "\" has no entry \"" + entryKey + "\"");
        }
        return e.value();
    }

    /** The entry's value as int. */
    int intValue(String entryKey) {
        return Integer.parseInt(value(entryKey));
    }
}
