package dev.roster.adapters.spreadsheet;

import dev.roster.spi.sheet.SheetRejectedException;
import dev.roster.spi.sheet.SheetRejectedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An upload copied to a temporary file readable by this process's user only, so that the parsers
 * read a file (POI would buffer a whole package from a stream in heap) and the upload is measured
 * before anything parses it. Deleted on close.
 */
final class Spool implements AutoCloseable {
    private final Path file;

    private Spool(Path file) {
        this.file = file;
    }

    /** Copies at most {@code maxBytes} bytes; more is refused before the rest is read. */
    static Spool of(InputStream upload, long maxBytes) {
        Path file = null;
        try {
            file = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile("roster-upload-", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile("roster-upload-", ".tmp");
            long copied = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int n; (n = upload.read(buffer)) > 0; ) {
                    copied += n;
                    if (copied > maxBytes) {
                        throw new SheetRejectedException(Reason.TOO_LARGE, "the file is larger than " + maxBytes + " bytes");
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new Spool(file);
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException("could not keep the upload in a temporary file", e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        deleteQuietly(file);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit(); // still held open (on Windows); gone with the JVM at the latest
            }
        }
    }
}
