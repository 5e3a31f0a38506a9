package org.mitosis.workflows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a workflow needs to know about one Mitosis node, read from the sources of org.mitosis.nodes (no KNIME
 * needed): the settings its model reads (key, entry type, settings model id), its ports and its description.
 *
 * @param factory fully qualified factory class name
 * @param name the node's name from its description
 * @param settings settings key to setting
 * @param inPorts kinds of the input ports, in order
 * @param outPorts kinds of the output ports, in order
 * @param description the description file
 */
record NodeSource(String factory, String name, Map<String, Setting> settings, List<String> inPorts,
    List<String> outPorts, Path description) {

    /**
     * One setting of a node model.
     *
     * @param entryType the XMLConfig entry type its settings model writes (xint, xdouble, xstring, xboolean)
     * @param modelId the settings model id KNIME writes beside it ({@code <key>_Internals/SettingsModelID})
     */
    record Setting(String entryType, String modelId) {
    }

    private static final Pattern CONSTANT = Pattern.compile("static final String (CFG_\\w+) = \"([^\"]+)\";");

    private static final Pattern SETTINGS_MODEL = Pattern.compile("new (SettingsModel\\w+)\\((CFG_\\w+)");

    /** Marks the kind of an input the node model declares optional ({@code BufferedDataTable.TYPE_OPTIONAL}). */
    static final String OPTIONAL = " (optional)";

    /** {@code new PortType[]{A.TYPE, B.TYPE}} (group: the list) or {@code new PortType[0]}. */
    private static final String PORT_ARRAY = "new PortType(?:\\[\\]\\{([^}]*)\\}|\\[0\\])";

    private static final Pattern PORTS =
        Pattern.compile("super\\(" + PORT_ARRAY + ",\\s*" + PORT_ARRAY);

    private static final Map<String, Setting> MODEL_KINDS = Map.of(
        "SettingsModelIntegerBounded", new Setting("xint", "SMID_integer"),
        "SettingsModelInteger", new Setting("xint", "SMID_integer"),
        "SettingsModelDoubleBounded", new Setting("xdouble", "SMID_double"),
        "SettingsModelDouble", new Setting("xdouble", "SMID_double"),
        "SettingsModelString", new Setting("xstring", "SMID_string"),
        "SettingsModelBoolean", new Setting("xboolean", "SMID_boolean"));

    /** Every node under {@code sourceRoot} (the bundle's src folder), by factory class name. */
    static Map<String, NodeSource> scan(Path sourceRoot) throws IOException {
        Map<String, NodeSource> nodes = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            List<Path> factories =
                files.filter(p -> p.getFileName().toString().endsWith("NodeFactory.java")).sorted().toList();
            for (Path f : factories) {
                NodeSource n = read(sourceRoot, f);
                nodes.put(n.factory(), n);
            }
        }
        return nodes;
    }

    private static NodeSource read(Path root, Path factoryFile) throws IOException {
        String base = factoryFile.getFileName().toString().replace("NodeFactory.java", "");
        Path dir = factoryFile.getParent();
        String factory = root.relativize(factoryFile).toString().replace('/', '.').replace('\\', '.')
            .replaceAll("\\.java$", "");
        String model = withSharedSettings(root, Files.readString(dir.resolve(base + "NodeModel.java")));
        Path description = dir.resolve(base + "NodeFactory.xml");
        Document doc = parse(description);
        List<String> in = ports(model, 1, tableKinds(doc, "inPort"));
        List<String> out = ports(model, 2, tableKinds(doc, "outPort"));
        String name = doc.getElementsByTagNameNS("*", "name").item(0).getTextContent().trim();
        return new NodeSource(factory, name, settings(model), in, out, description);
    }

    private static final Pattern MITOSIS_IMPORT = Pattern.compile("import (org\\.mitosis\\.nodes\\.[\\w.]+);");

    /**
     * The source followed by the sources of the Mitosis node classes it imports that declare settings keys: a
     * group of settings shared by several nodes (the learners' perturbation settings) lives in a class of its
     * own, and its keys and dialog labels count for each node that uses it.
     */
    static String withSharedSettings(Path root, String source) throws IOException {
        StringBuilder all = new StringBuilder(source);
        Matcher m = MITOSIS_IMPORT.matcher(source);
        while (m.find()) {
            Path file = root.resolve(m.group(1).replace('.', '/') + ".java");
            if (Files.isRegularFile(file)) {
                String shared = Files.readString(file);
                if (CONSTANT.matcher(shared).find()) {
                    all.append('\n').append(shared);
                }
            }
        }
        return all.toString();
    }

    private static Map<String, Setting> settings(String model) {
        Map<String, String> constants = new LinkedHashMap<>();
        Matcher c = CONSTANT.matcher(model);
        while (c.find()) {
            constants.put(c.group(1), c.group(2));
        }
        Map<String, Setting> settings = new LinkedHashMap<>();
        Matcher m = SETTINGS_MODEL.matcher(model);
        while (m.find()) {
            Setting kind = MODEL_KINDS.get(m.group(1));
            if (kind == null || !constants.containsKey(m.group(2))) {
                throw new AssertionError("Unknown settings model or key: " + m.group());
            }
            settings.put(constants.get(m.group(2)), kind);
        }
        if (!settings.keySet().equals(new HashSet<>(constants.values()))) {
            throw new AssertionError("Every CFG_ key needs exactly one settings model: " + constants + " vs "
                + settings.keySet());
        }
        return settings;
    }

    /**
     * Port kinds from the model's constructor: "table" ports are refined by their description ("Lineage table",
     * "Cell table", "Image table", other tables), other ports are named after their port object class.
     */
    private static List<String> ports(String model, int group, List<String> tableKinds) {
        Matcher m = PORTS.matcher(model);
        if (!m.find()) {
            throw new AssertionError("No super(new PortType[]..., new PortType[]...) in node model");
        }
        String list = m.group(group);
        List<String> kinds = new ArrayList<>();
        if (list != null) {
            String[] types = list.split(",");
            for (int i = 0; i < types.length; i++) {
                String type = types[i].trim();
                String t = type.replace(".TYPE_OPTIONAL", "").replace(".TYPE", "");
                String kind = t.equals("BufferedDataTable") ? tableKinds.get(i) : t;
                kinds.add(type.endsWith(".TYPE_OPTIONAL") ? kind + OPTIONAL : kind);
            }
        }
        return kinds;
    }

    private static List<String> tableKinds(Document doc, String element) {
        NodeList ports = doc.getElementsByTagNameNS("*", element);
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < ports.getLength(); i++) {
            String text = ((Element)ports.item(i)).getTextContent().trim();
            kinds.add(Stream.of("Lineage table", "Cell table", "Image table").filter(text::startsWith).findFirst()
                .orElse("Table"));
        }
        return kinds;
    }

    private static Document parse(Path xml) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(xml.toFile());
        } catch (Exception e) {
            throw new IOException(xml + ": " + e.getMessage(), e);
        }
    }

    /** Whether an output of kind {@code out} may feed an input of kind {@code in}. */
    static boolean compatible(String out, String in) {
        String kind = in.replace(OPTIONAL, "");
        // A lineage table is a cell table with parent columns; cell inputs ignore them.
        return out.equals(kind) || out.equals("Lineage table") && kind.equals("Cell table");
    }

    /** Whether an input of kind {@code in} may be left unconnected. */
    static boolean optional(String in) {
        return in.endsWith(OPTIONAL);
    }
}
