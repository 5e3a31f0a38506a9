package org.mitosis.nodes.exec;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
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
    }

    @Override
    protected final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel s : m_settings) {
            s.validateSettings(settings);
        }
    }

    @Override
    protected final void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel s : m_settings) {
            s.loadSettingsFrom(settings);
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
