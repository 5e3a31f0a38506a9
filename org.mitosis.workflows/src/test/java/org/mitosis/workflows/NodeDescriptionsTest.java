package org.mitosis.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Checks the node descriptions and plugin.xml of org.mitosis.nodes: every description validates against KNIME's
 * node schema, documents every port and every setting, and has its icon; plugin.xml registers exactly the
 * node factories and port types the sources define.
 */
class NodeDescriptionsTest {

    @Test
    void descriptionsValidateAgainstKnimeNodeSchema() throws Exception {
        Path xsd = Repository.sharedKnime("Node_v5.3.xsd");
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(xsd.toFile()).newValidator();
        List<String> problems = new ArrayList<>();
        for (NodeSource node : NodeSource.scan(Repository.nodeSources()).values()) {
            try {
                validator.validate(new StreamSource(node.description().toFile()));
            } catch (SAXException e) {
                problems.add(node.description().getFileName() + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void descriptionsDocumentEveryPortAndSettingAndHaveAnIcon() throws Exception {
        for (NodeSource node : NodeSource.scan(Repository.nodeSources()).values()) {
            Document doc = parse(node.description());
            String file = node.description().getFileName().toString();
            assertEquals(node.inPorts().size(), doc.getElementsByTagNameNS("*", "inPort").getLength(), file);
            assertEquals(node.outPorts().size(), doc.getElementsByTagNameNS("*", "outPort").getLength(), file);
            assertEquals(node.settings().size(), doc.getElementsByTagNameNS("*", "option").getLength(),
                file + ": one option per setting");
            String icon = doc.getDocumentElement().getAttribute("icon");
            assertTrue(Files.isRegularFile(node.description().resolveSibling(icon)), file + ": icon " + icon);
            byte[] png = Files.readAllBytes(node.description().resolveSibling(icon));
            assertEquals((byte)0x89, png[0], file + ": icon is not a PNG");
            assertEquals('P', png[1], file + ": icon is not a PNG");
        }
    }

    @Test
    void dialogLabelsAreTheDocumentedOptionNames() throws Exception {
        // Labelled components (on a settings model made in place or held in a variable), and the titled groups
        // around file choosers.
        Pattern label = Pattern.compile("(?:new DialogComponent(?:Number|String|StringSelection|Boolean)\\(\\s*"
            + "(?:\\w+\\.\\w+\\(\\)|\\w+),|createNewGroup\\()\\s*\"([^\"]+)\"");
        int checked = 0;
        for (NodeSource node : NodeSource.scan(Repository.nodeSources()).values()) {
            Path dialog = node.description().resolveSibling(
                node.description().getFileName().toString().replace("NodeFactory.xml", "NodeDialog.java"));
            if (!Files.exists(dialog)) {
                assertEquals(0, node.settings().size(), node.name() + " has settings but no dialog");
                continue;
            }
            Set<String> options = new TreeSet<>();
            NodeList list = parse(node.description()).getElementsByTagNameNS("*", "option");
            for (int i = 0; i < list.getLength(); i++) {
                options.add(((Element)list.item(i)).getAttribute("name"));
            }
            Matcher m = label.matcher(NodeSource.withSharedSettings(Repository.nodeSources(), Files.readString(dialog)));
            while (m.find()) {
                assertTrue(options.contains(m.group(1)), node.name() + ": dialog label \"" + m.group(1)
                    + "\" is not an option of the description " + options);
                checked++;
            }
        }
        int settings = NodeSource.scan(Repository.nodeSources()).values().stream()
            .mapToInt(n -> n.settings().size()).sum();
        assertEquals(settings, checked, "every setting has a labelled component or group");
    }

    @Test
    void pluginXmlRegistersEveryFactoryAndPortType() throws IOException {
        String plugin = Files.readString(Repository.root().resolve("org.mitosis.nodes/plugin.xml"));
        Set<String> registered = new TreeSet<>(attributes(plugin, "factory-class"));
        assertEquals(NodeSource.scan(Repository.nodeSources()).keySet(), registered);
        Set<String> portClasses = new TreeSet<>();
        for (String attribute : List.of("objectClass", "objectSerializer", "specClass", "specSerializer")) {
            portClasses.addAll(attributes(plugin, attribute));
        }
        assertEquals(8, portClasses.size(), "two port types, four classes each: " + portClasses);
        for (String cls : portClasses) {
            String outer = cls.replaceAll("\\$.*", "");
            Path source = Repository.nodeSources().resolve(outer.replace('.', '/') + ".java");
            assertTrue(Files.isRegularFile(source), cls + ": no source " + source);
            if (cls.contains("$")) {
                String inner = cls.substring(cls.indexOf('$') + 1);
                assertTrue(Files.readString(source).contains("static final class " + inner + " "),
                    cls + ": no nested class " + inner);
            }
        }
    }

    private static List<String> attributes(String xml, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]+)\"").matcher(xml);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    private static Document parse(Path xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(xml.toFile());
    }
}
