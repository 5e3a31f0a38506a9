package org.mitosis.core.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mitosis.core.io.BadInputException;

/** Entries of a model file (a zip archive), as codecs see them. */
public final class ModelArchive {

    private ModelArchive() {
    }

    /** Adds entries to a model file being written. */
    public static final class Writer {

        private final ZipOutputStream zip;
        private final ObjectMapper mapper;

        Writer(ZipOutputStream zip, ObjectMapper mapper) {
            this.zip = zip;
            this.mapper = mapper;
        }

        /** Adds an entry with raw bytes (e.g. weights). */
        public void put(String name, byte[] data) {
            try {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(data);
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write model entry " + name, e);
            }
        }

        /** Adds a pretty-printed JSON entry. */
        public void putJson(String name, JsonNode json) {
            try {
                put(name, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a JSON tree always serializes", e);
            }
        }

        /** The archive itself, for codecs that stream their own entries. */
        ZipOutputStream zip() {
            return zip;
        }

        /** The mapper for building JSON trees. */
        public ObjectMapper mapper() {
            return mapper;
        }
    }

    /** Reads entries of an open model file; every problem is a {@link BadInputException}. */
    public static final class Reader {

        private final Path file;
        private final ZipFile zip;
        private final ObjectMapper mapper;

        Reader(Path file, ZipFile zip, ObjectMapper mapper) {
            this.file = file;
            this.zip = zip;
            this.mapper = mapper;
        }

        /** The archive itself, for codecs that read their own entries. */
        ZipFile zip() {
            return zip;
        }

        /** The model file, for error messages. */
        public Path file() {
            return file;
        }

        public boolean has(String name) {
            return zip.getEntry(name) != null;
        }

        /**
         * @throws BadInputException if the entry is missing or cannot be read (damaged file)
         */
        public byte[] bytes(String name) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw bad("the model file has no entry " + name);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new BadInputException(file, 0, "damaged or truncated model file: cannot read " + name
                        + " (" + e.getMessage() + ")", e);
            }
        }

        /**
         * @throws BadInputException if the entry is missing, damaged or not JSON (names the line)
         */
        public JsonNode json(String name) {
            byte[] data = bytes(name);
            try {
                return mapper.readTree(data);
            } catch (JsonProcessingException e) {
                long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                throw bad(name + " line " + line + " is not valid JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                throw bad(name + " cannot be parsed: " + e.getMessage());
            }
        }

        /** Converts a JSON tree to a type, naming the entry in any error. */
        public <T> T convert(String name, JsonNode json, Class<T> type) {
            try {
                return mapper.treeToValue(json, type);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw bad(name + " does not hold valid " + type.getSimpleName() + ": " + e.getMessage());
            }
        }

        /** A {@link BadInputException} about this file. */
        public BadInputException bad(String problem) {
            return new BadInputException(file, 0, problem);
        }
    }
}
