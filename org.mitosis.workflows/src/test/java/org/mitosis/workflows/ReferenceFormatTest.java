package org.mitosis.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the example workflows' files with a workflow saved by KNIME itself (../shared/knime/reference-workflow,
 * format 5.1.0): the same top-level keys with the same entry types, so KNIME loads them as its own.
 */
class ReferenceFormatTest {

    /** Keys KNIME writes only for some workflows and nodes (annotations, flow variables). */
    private static final Set<String> OPTIONAL = Set.of("nodeAnnotation", "variables", "workflow_variables",
        "annotations");

    static java.util.List<Path> workflows() throws IOException {
        return Repository.workflows();
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void workflowFileHasTheReferenceKeys(Path dir) throws IOException {
        KnimeConfig reference = KnimeConfig.read(Repository.sharedKnime("reference-workflow/workflow.knime"));
        compare(reference, KnimeConfig.read(dir.resolve("workflow.knime")), dir.getFileName() + "/workflow.knime");
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void nodeSettingsHaveTheReferenceKeys(Path dir) throws IOException {
        KnimeConfig reference =
            KnimeConfig.read(Repository.sharedKnime("reference-workflow/File Reader (#1)/settings.xml"));
        for (KnimeConfig n : KnimeConfig.read(dir.resolve("workflow.knime")).child("nodes").children().values()) {
            String file = n.value("node_settings_file");
            compare(reference, KnimeConfig.read(dir.resolve(file)), dir.getFileName() + "/" + file);
            KnimeConfig referenceNode = KnimeConfig.read(Repository.sharedKnime("reference-workflow/workflow.knime"))
                .child("nodes").child("node_1");
            assertEquals(keys(referenceNode), keys(n), file + ": node entry in workflow.knime");
        }
    }

    private static void compare(KnimeConfig reference, KnimeConfig ours, String where) {
        assertEquals(reference.key(), ours.key(), where);
        Set<String> expected = keys(reference);
        expected.removeAll(OPTIONAL);
        Set<String> actual = keys(ours);
        actual.removeAll(OPTIONAL);
        assertEquals(expected, actual, where + ": top-level keys");
        for (Map.Entry<String, KnimeConfig.Entry> e : reference.entries().entrySet()) {
            assertEquals(e.getValue().type(), ours.entries().get(e.getKey()).type(), where + ": type of " + e.getKey());
        }
        for (String c : reference.children().keySet()) {
            assertTrue(OPTIONAL.contains(c) || ours.children().containsKey(c), where + ": config " + c + " missing");
        }
    }

    private static Set<String> keys(KnimeConfig c) {
        Set<String> keys = new TreeSet<>(c.entries().keySet());
        keys.addAll(c.children().keySet());
        return keys;
    }
}
