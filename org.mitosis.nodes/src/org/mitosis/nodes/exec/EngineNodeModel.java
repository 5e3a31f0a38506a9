package org.mitosis.nodes.exec;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.port.PortType;

/**
 * A node model whose settings are a fixed list of {@link SettingsModel}s (each one key in the node's settings, each
 * one usable as a flow variable) and that keeps no internal state beyond its output ports: save, load, validate
 * and reset are the same for every Mitosis node, so they live here once.
 */
public abstract class EngineNodeModel extends NodeModel {

    private final List<SettingsModel> m_settings = new ArrayList<>();

    private final List<AddedLater> m_addedLater = new ArrayList<>();

    /** Settings a later version added, the key that tells whether a saved workflow has them, and their defaults. */
    private record AddedLater(String key, List<SettingsModel> settings, NodeSettings defaults) {
    }

    /**
     * @param inPorts input port types
     * @param outPorts output port types
     */
    protected EngineNodeModel(final PortType[] inPorts, final PortType[] outPorts) {
        super(inPorts, outPorts);
    }

    /**
     * Declares the node's settings; called once from the subclass constructor.
     *
     * @param settings every setting of the node, in dialog order
     */
    protected final void register(final SettingsModel... settings) {
        m_settings.addAll(Arrays.asList(settings));
    }

    /**
     * Declares settings that a later version of the node added; called from the subclass constructor after
     * {@link #register}. A workflow saved before them has no entry {@code key} and loads with the values these
     * settings have now, their defaults, which must reproduce the node's behaviour before they existed: the
     * workflow then runs as it did when it was saved instead of failing to load.
     *
     * @param key the key of one of {@code settings}, present in every workflow saved since they were added
     * @param settings the added settings, in dialog order
     */
    protected final void registerAddedLater(final String key, final SettingsModel... settings) {
        NodeSettings defaults = new NodeSettings(key);
        for (SettingsModel s : settings) {
            s.saveSettingsTo(defaults);
        }
        m_addedLater.add(new AddedLater(key, List.of(settings), defaults));
    }

    /**
     * Declares one setting that a later version of the node added, whose default for new nodes differs from what
     * the node did before it existed; called from the subclass constructor after {@link #register}. A workflow saved
     * before it has no entry {@code key} and loads {@code oldBehaviour}'s value, which must reproduce the node's
     * behaviour then; a new node starts from {@code setting}'s default.
     *
     * @param key the key of {@code setting}, present in every workflow saved since it was added
     * @param setting the added setting
     * @param oldBehaviour a settings model of the same key holding the value that reproduces the old behaviour
     */
    protected final void registerAddedLaterAs(final String key, final SettingsModel setting,
        final SettingsModel oldBehaviour) {
        NodeSettings defaults = new NodeSettings(key);
        oldBehaviour.saveSettingsTo(defaults);
        m_addedLater.add(new AddedLater(key, List.of(setting), defaults));
    }

    /**
     * Turns the engine's list of problems with a settings record into the exception KNIME shows the user.
     *
     * @param problems every problem, empty when the settings are valid
     * @throws InvalidSettingsException listing all problems at once
     */
    protected static void check(final List<String> problems) throws InvalidSettingsException {
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(String.join("; ", problems));
        }
    }

    /**
     * Runs an engine settings record's {@code validate()}, which lists every problem in one
     * {@link IllegalArgumentException}, and turns that into the exception KNIME shows the user.
     *
     * @param validation calls {@code validate()}
     * @throws InvalidSettingsException listing all problems at once
     */
    protected static void checkValid(final Runnable validation) throws InvalidSettingsException {
        try {
            validation.run();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected final void saveSettingsTo(final NodeSettingsWO settings) {
        for (SettingsModel s : m_settings) {
            s.saveSettingsTo(settings);
        }
        for (AddedLater group : m_addedLater) {
            for (SettingsModel s : group.settings()) {
                s.saveSettingsTo(settings);
            }
        }
    }

    @Override
    protected final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel s : m_settings) {
            s.validateSettings(settings);
        }
        for (AddedLater group : m_addedLater) {
            if (settings.containsKey(group.key())) {
                for (SettingsModel s : group.settings()) {
                    s.validateSettings(settings);
                }
            }
        }
    }

    @Override
    protected final void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel s : m_settings) {
            s.loadSettingsFrom(settings);
        }
        for (AddedLater group : m_addedLater) {
            NodeSettingsRO from = settings.containsKey(group.key()) ? settings : group.defaults();
            for (SettingsModel s : group.settings()) {
                s.loadSettingsFrom(from);
            }
        }
    }

    @Override
    protected final void loadInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // No internal state: results live in the output ports, which KNIME saves itself.
    }

    @Override
    protected final void saveInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // No internal state, see loadInternals.
    }

    @Override
    protected void reset() {
        // Nothing cached between executions.
    }
}
