package org.mitosis.nodes.port;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /** Writes an engine object to a file, as the engine's file formats do. */
    @FunctionalInterface
    interface FileWriter {
        void write(Path file) throws IOException;
    }

    /** Reads an engine object from a file. */
    @FunctionalInterface
    interface FileReader<T> {
        T read(Path file) throws IOException;
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
     * Writes the entry through a temporary file: the engine writes its own file format to a path, and those exact
     * bytes become the entry.
     */
    static void writeFile(final ZipOutputStream zip, final String kind, final int version, final FileWriter content)
        throws IOException {
        Path temp = Files.createTempFile("mitosis-" + kind, ".tmp");
        try {
            content.write(temp);
            write(zip, kind, version, out -> Files.copy(temp, out));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Reads an entry written by {@link #writeFile} through a temporary file. */
    static <T> T readFile(final ZipInputStream zip, final String kind, final int newest, final FileReader<T> content)
        throws IOException {
        Path temp = Files.createTempFile("mitosis-" + kind, ".tmp");
        try {
            read(zip, kind, newest, in -> Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING));
            return content.read(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
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
