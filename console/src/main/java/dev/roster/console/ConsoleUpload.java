package dev.roster.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file sent with a multipart form, already streamed to a temporary file by the server adapter (which
 * deletes it once the request is answered). The name and type are what the browser claimed: the
 * spreadsheet module recognises a file by its bytes, not by them.
 */
public final class ConsoleUpload {
    private final String field;
    private final String fileName;
    private final String contentType;
    private final Path file;

    /**
     * An upload held in a temporary file.
     *
     * @param field the form field it came in
     * @param fileName the file's name as the browser sent it (may be empty)
     * @param contentType the type the browser claimed, or null
     * @param file the temporary file holding its bytes
     */
    public ConsoleUpload(String field, String fileName, String contentType, Path file) {
        this.field = field;
        this.fileName = fileName == null ? "" : fileName;
        this.contentType = contentType;
        this.file = file;
    }

    /** {@return the form field it came in} */
    public String field() {
        return field;
    }

    /** {@return the file's name as the browser sent it, possibly empty} */
    public String fileName() {
        return fileName;
    }

    /** {@return the type the browser claimed, or null} */
    public String contentType() {
        return contentType;
    }

    /** {@return its size in bytes} */
    public long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads it.
     *
     * @return its bytes, to be closed by the caller
     * @throws IOException when the file cannot be read
     */
    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    /** Deletes the temporary file; the server adapter does once the request is answered. */
    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A file the system could not remove now stays in the temporary directory, which is cleaned anyway.
        }
    }

    @Override
    public String toString() {
        return "ConsoleUpload[field=" + field + ", fileName=" + fileName + "]";
    }
}
