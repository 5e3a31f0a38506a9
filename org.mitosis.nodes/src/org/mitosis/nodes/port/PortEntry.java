package org.mitosis.nodes.port;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.knime.core.data.util.NonClosableInputStream;
import org.knime.core.data.util.NonClosableOutputStream;

/**
 * The one zip entry a Mitosis port object or spec writes: named {@code <kind>.v<version>}, so a reader sees at once
 * what it holds and whether a newer Mitosis wrote it. The entry's bytes are whatever the engine writes (its model
 * file, for models), so a saved workflow holds exactly the file the command line would read.
 */
final class PortEntry {

    /** Writes the entry's content; the stream must not be closed. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Reads the entry's content; the stream must not be closed. */
    @FunctionalInterface
    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private PortEntry() {
    }

    static void write(final ZipOutputStream zip, final String kind, final int version, final Writer content)
        throws IOException {
        zip.putNextEntry(new ZipEntry(kind + ".v" + version));
        content.write(new NonClosableOutputStream.Zip(zip));
        zip.closeEntry();
    }

    /**
     * @param newest the newest version this code reads
     * @throws IOException if the next entry is not of this kind or was written by a newer version
     */
    static <T> T read(final ZipInputStream zip, final String kind, final int newest, final Reader<T> content)
        throws IOException {
        ZipEntry entry = zip.getNextEntry();
        String prefix = kind + ".v";
        if (entry == null || !entry.getName().startsWith(prefix)) {
            throw new IOException("Expected a " + kind + " entry, found " + (entry == null ? "none" : entry.getName()));
        }
        int version;
        try {
            version = Integer.parseInt(entry.getName().substring(prefix.length()));
        } catch (NumberFormatException e) {
            throw new IOException("Unreadable version in entry " + entry.getName(), e);
        }
        if (version > newest) {
            throw new IOException("The " + kind + " was saved by a newer Mitosis (format " + version
                + ", this one reads up to " + newest + "); update the Mitosis extension");
        }
        return content.read(new NonClosableInputStream.Zip(zip));
    }
}
