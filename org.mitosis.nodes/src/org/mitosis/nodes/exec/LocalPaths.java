package org.mitosis.nodes.exec;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.util.FileUtil;

/**
 * A file or folder setting as the local path the engine reads or writes: a file system path as before, or a URL that
 * KNIME resolves to a local file, above all a workflow-relative {@code knime://knime.workflow/../data} (so a workflow
 * carries its paths when it moves with its data) or a {@code file:} URL.
 */
public final class LocalPaths {

    private LocalPaths() {
    }

    /**
     * @param value the setting's value
     * @param what the setting's name for the message, e.g. "Model file"
     * @throws InvalidSettingsException naming the setting when the value is no path, or a URL that is not a local file
     */
    public static Path resolve(final String value, final String what) throws InvalidSettingsException {
        try {
            Path path = FileUtil.resolveToPath(FileUtil.toURL(value));
            if (path == null) {
                throw new InvalidSettingsException(what + " \"" + value + "\" is not a local file or folder");
            }
            return path;
        } catch (MalformedURLException | InvalidPathException | URISyntaxException e) {
            throw new InvalidSettingsException(what + " \"" + value + "\" is not a path: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidSettingsException(what + " \"" + value + "\" cannot be resolved: " + e.getMessage(), e);
        }
    }
}
