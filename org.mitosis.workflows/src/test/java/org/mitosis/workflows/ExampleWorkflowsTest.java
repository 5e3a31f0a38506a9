package org.mitosis.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every example workflow in {@code workflows/} against the nodes it names, without KNIME: each node is a
 * Mitosis node whose settings are exactly the ones its model reads (keys, entry types, settings model ids), flow
 * variables refer to workflow variables of the right type, and connections join compatible ports and feed every
 * input once.
 */
class ExampleWorkflowsTest {

    private static final Map<String, String> VARIABLE_ENTRY_TYPES =
        Map.of("STRING", "xstring", "INTEGER", "xint", "DOUBLE", "xdouble", "BOOLEAN", "xboolean");

    private static Map<String, NodeSource> nodes;

    @BeforeAll
    static void scanNodes() throws IOException {
        nodes = NodeSource.scan(Repository.nodeSources());
    }

    static List<Path> workflows() throws IOException {
        return Repository.workflows();
    }

    @Test
    void thereAreTheFiveExampleWorkflows() throws IOException {
        assertEquals(5, workflows().size(), "workflows: " + workflows());
        assertEquals(17, nodes.size(), "nodes: " + nodes.keySet());
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void workflowFileHasFormat510(Path dir) throws IOException {
        KnimeConfig wf = KnimeConfig.read(dir.resolve("workflow.knime"));
        assertEquals("workflow.knime", wf.key());
        assertEquals("5.1.0", wf.value("version"));
        assertTrue(wf.value("created_by").startsWith("5."), "created_by " + wf.value("created_by"));
        assertFalse(wf.child("nodes").children().isEmpty(), "no nodes");
        assertTrue(Files.isRegularFile(dir.resolve("workflowset.meta")), "workflowset.meta missing");
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void everyNodeIsAMitosisNodeWithTheSettingsItsModelReads(Path dir) throws IOException {
        for (KnimeConfig n : KnimeConfig.read(dir.resolve("workflow.knime")).child("nodes").children().values()) {
            assertEquals("NativeNode", n.value("node_type"));
            Path file = dir.resolve(n.value("node_settings_file"));
            KnimeConfig s = KnimeConfig.read(file);
            String where = dir.getFileName() + "/" + n.value("node_settings_file");
            NodeSource node = nodes.get(s.value("factory"));
            assertNotNull(node, where + ": unknown factory " + s.value("factory"));
            assertEquals(node.name() + " (#" + n.intValue("id") + ")", file.getParent().getFileName().toString());
            assertEquals(node.name(), s.value("node-name"), where);
            assertEquals("org.mitosis.nodes", s.value("node-bundle-symbolic-name"), where);
            assertEquals("settings.xml", s.key(), where);
            checkModel(s.child("model"), node, where);
            assertEquals(node.outPorts().size(), s.child("ports").children().size(), where + ": port entries");
            for (int p = 1; p <= node.outPorts().size(); p++) {
                assertEquals(p, s.child("ports").child("port_" + p).intValue("index"), where);
            }
        }
    }

    private static void checkModel(KnimeConfig model, NodeSource node, String where) {
        assertEquals(node.settings().keySet(), model.entries().keySet(), where + ": settings keys");
        for (Map.Entry<String, NodeSource.Setting> e : node.settings().entrySet()) {
            String key = e.getKey();
            assertEquals(e.getValue().entryType(), model.entries().get(key).type(), where + ": type of " + key);
            KnimeConfig internals = model.child(key + "_Internals");
            assertEquals(e.getValue().modelId(), internals.value("SettingsModelID"), where + ": " + key);
            // False where a dialog greys a setting out (the learner's noise settings while the box is unticked).
            assertTrue(Set.of("true", "false").contains(internals.value("EnabledStatus")), where + ": " + key);
        }
        Set<String> configs = new TreeSet<>(model.children().keySet());
        configs.removeIf(k -> node.settings().containsKey(k.replaceAll("_Internals$", "")));
        assertTrue(configs.isEmpty(), where + ": unexpected configs " + configs);
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void flowVariablesReferToWorkflowVariablesOfTheSettingsType(Path dir) throws IOException {
        KnimeConfig wf = KnimeConfig.read(dir.resolve("workflow.knime"));
        Map<String, String> variables = new HashMap<>();
        for (KnimeConfig v : wf.child("workflow_variables").children().values()) {
            String type = VARIABLE_ENTRY_TYPES.get(v.value("class"));
            assertNotNull(type, "unknown variable class " + v.value("class"));
            assertEquals(type, v.entries().get("value").type(), "value type of " + v.value("name"));
            variables.put(v.value("name"), type);
        }
        Set<String> used = new TreeSet<>();
        for (KnimeConfig n : wf.child("nodes").children().values()) {
            KnimeConfig s = KnimeConfig.read(dir.resolve(n.value("node_settings_file")));
            if (!s.children().containsKey("variables")) {
                continue;
            }
            KnimeConfig vars = s.child("variables");
            assertEquals("V_2019_09_13", vars.value("version"));
            for (Map.Entry<String, KnimeConfig> bound : vars.child("tree").children().entrySet()) {
                String variable = bound.getValue().value("used_variable");
                KnimeConfig.Entry setting = s.child("model").entries().get(bound.getKey());
                assertNotNull(setting, n.value("node_settings_file") + ": variable bound to unknown setting "
                    + bound.getKey());
                assertEquals(setting.type(), variables.get(variable),
                    n.value("node_settings_file") + ": " + bound.getKey() + " <- " + variable);
                used.add(variable);
            }
        }
        assertEquals(new TreeSet<>(variables.keySet()), used, "every workflow variable is used");
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void connectionsJoinCompatiblePortsAndFeedEveryInputOnce(Path dir) throws IOException {
        KnimeConfig wf = KnimeConfig.read(dir.resolve("workflow.knime"));
        Map<Integer, NodeSource> byId = new HashMap<>();
        for (KnimeConfig n : wf.child("nodes").children().values()) {
            byId.put(n.intValue("id"),
                nodes.get(KnimeConfig.read(dir.resolve(n.value("node_settings_file"))).value("factory")));
        }
        Map<String, Integer> fed = new HashMap<>();
        for (KnimeConfig c : wf.child("connections").children().values()) {
            NodeSource src = byId.get(c.intValue("sourceID"));
            NodeSource dst = byId.get(c.intValue("destID"));
            assertNotNull(src, "connection from unknown node " + c.intValue("sourceID"));
            assertNotNull(dst, "connection to unknown node " + c.intValue("destID"));
            // Port 0 is the flow variable port; data ports start at 1.
            int out = c.intValue("sourcePort") - 1;
            int in = c.intValue("destPort") - 1;
            assertTrue(out >= 0 && out < src.outPorts().size(), src.name() + " has no output " + (out + 1));
            assertTrue(in >= 0 && in < dst.inPorts().size(), dst.name() + " has no input " + (in + 1));
            assertTrue(NodeSource.compatible(src.outPorts().get(out), dst.inPorts().get(in)),
                src.name() + " output " + src.outPorts().get(out) + " cannot feed " + dst.name() + " input "
                    + dst.inPorts().get(in));
            fed.merge(c.intValue("destID") + ":" + in, 1, Integer::sum);
        }
        byId.forEach((id, node) -> {
            for (int in = 0; in < node.inPorts().size(); in++) {
                int feeds = fed.getOrDefault(id + ":" + in, 0);
                if (NodeSource.optional(node.inPorts().get(in))) {
                    assertTrue(feeds <= 1, node.name() + " #" + id + " optional input " + (in + 1) + " fed " + feeds + " times");
                } else {
                    assertEquals(1, feeds, node.name() + " #" + id + " input " + (in + 1));
                }
            }
        });
    }
}
