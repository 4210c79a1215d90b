package dev.roster.console.internal;

import dev.roster.console.ConsoleUpload;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body, read as it streams in: text fields into memory (together as small
 * as a form), files straight to temporary files once a gate has seen the fields before them, the whole
 * capped. Nothing of a file is held in memory.
 */
public final class Multipart {
    private static final Pattern BOUNDARY = Pattern.compile(";\\s*boundary=(?:\"([^\"]{1,70})\"|([^\\s;]{1,70}))", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile(";\\s*name=\"([^\"]{0,200})\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME = Pattern.compile(";\\s*filename=\"([^\"]{0,255})\"", Pattern.CASE_INSENSITIVE);
    private static final int MAX_PARTS = 200;
    private static final int MAX_HEADER_LINE = 8 * 1024;

    /** The body was larger than allowed (413), broken (400), or its form token was not let in (403). */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refused(String message, boolean tooLarge) {
            this(message, tooLarge ? 413 : 400);
        }

        Refused(String message, int status) {
            super(message);
            this.status = status;
        }

        /** {@return the status to answer: 413 past the cap, 400 for a broken body, 403 for a refused token} */
        public int status() {
            return status;
        }
    }

    /**
     * The fields and files of a body. Closing it deletes the files.
     *
     * @param fields the text fields
     * @param files the files, by field name (the first of each name)
     */
    public record Body(Map<String, List<String>> fields, Map<String, ConsoleUpload> files) implements AutoCloseable {
        @Override
        public void close() {
            files.values().forEach(ConsoleUpload::delete);
        }
    }

    private Multipart() {
    }

    /** Whether a request's content type is a multipart form. */
    public static boolean is(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /**
     * Reads a multipart form whose files need no gate (tests, trusted callers).
     *
     * @param contentType the request's content type, naming the boundary
     * @param body the request body
     * @param maxBytes the most the body may hold
     * @return the fields and files, to be closed once the request is answered
     * @throws Refused when the body is too large or not a multipart form
     * @throws IOException when reading fails
     */
    public static Body read(String contentType, InputStream body, long maxBytes) throws IOException {
        return read(contentType, body, maxBytes, fields -> true);
    }

    /**
     * Reads a multipart form. The text fields together hold at most what a URL-encoded form may
     * ({@link Forms#MAX_FORM_BYTES}); before the first file is written anywhere, {@code beforeFiles} is
     * asked with the fields read so far (the form's token comes first in the console's forms), and a
     * refusal ends the reading with 403.
     *
     * @param contentType the request's content type, naming the boundary
     * @param body the request body
     * @param maxBytes the most the body may hold
     * @param beforeFiles whether the fields read so far let the files in
     * @return the fields and files, to be closed once the request is answered
     * @throws Refused when the body is too large, not a multipart form, or not let in
     * @throws IOException when reading fails
     */
    public static Body read(String contentType, InputStream body, long maxBytes, java.util.function.Predicate<Map<String, List<String>>> beforeFiles)
            throws IOException {
        Matcher b = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!b.find()) {
            throw new Refused("the multipart form names no boundary", false);
        }
        String boundary = b.group(1) != null ? b.group(1) : b.group(2);
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // The first delimiter has no line break before it: one is put in front so every delimiter looks alike.
        InputStream in = new BufferedInputStream(new SequenceInputStream(new ByteArrayInputStream(new byte[] {'\r', '\n'}),
                new Capped(body, maxBytes + 2)), 64 * 1024);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<String, ConsoleUpload> files = new LinkedHashMap<>();
        Body read = new Body(fields, files);
        long[] textLeft = {Forms.MAX_FORM_BYTES};
        try {
            copyUntil(in, delimiter, OutputStream.nullOutputStream());
            for (int parts = 0;; parts++) {
                int first = in.read();
                int second = in.read();
                if (first == '-' && second == '-') {
                    return read;
                }
                if (first != '\r' || second != '\n' || parts == MAX_PARTS) {
                    throw new Refused("the multipart form is broken or has too many parts", false);
                }
                part(in, delimiter, fields, files, textLeft, beforeFiles);
            }
        } catch (IOException | RuntimeException e) {
            read.close();
            throw e;
        }
    }

    private static void part(InputStream in, byte[] delimiter, Map<String, List<String>> fields, Map<String, ConsoleUpload> files, long[] textLeft,
            java.util.function.Predicate<Map<String, List<String>>> beforeFiles) throws IOException {
        String disposition = null;
        String type = null;
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-disposition:")) {
                disposition = line;
            } else if (lower.startsWith("content-type:")) {
                type = line.substring("content-type:".length()).strip();
            }
        }
        Matcher name = NAME.matcher(disposition == null ? "" : disposition);
        if (!name.find()) {
            throw new Refused("a part of the multipart form has no name", false);
        }
        Matcher fileName = FILE_NAME.matcher(disposition);
        if (fileName.find()) {
            if (files.isEmpty() && !beforeFiles.test(fields)) {
                // Read the rest into nothing (it is capped) so the sender, likely a page with an old token, gets the answer.
                try {
                    in.transferTo(OutputStream.nullOutputStream());
                } catch (Refused pastTheCap) {
                    // the answer is the refusal all the same
                }
                throw new Refused("the form's token does not let its files in", 403);
            }
            Path file = Files.createTempFile("roster-upload-", ".part");
            ConsoleUpload upload = new ConsoleUpload(name.group(1), fileName.group(1), type, file);
            if (files.putIfAbsent(name.group(1), upload) != null) {
                upload.delete();
                throw new Refused("the multipart form sends two files under one name", false);
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                copyUntil(in, delimiter, out);
            }
        } else {
            ByteArrayOutputStream value = new ByteArrayOutputStream();
            copyUntil(in, delimiter, new Capped.Output(value, textLeft[0]));
            textLeft[0] -= value.size();
            fields.computeIfAbsent(name.group(1), n -> new ArrayList<>()).add(value.toString(StandardCharsets.UTF_8));
        }
    }

    /** Copies until the delimiter (not copied), matching it as it streams by (Knuth-Morris-Pratt). */
    static void copyUntil(InputStream in, byte[] delimiter, OutputStream out) throws IOException {
        int[] fallback = fallbacks(delimiter);
        int matched = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new Refused("the multipart form ends in the middle of a part", false);
            }
            while (matched > 0 && b != (delimiter[matched] & 0xFF)) {
                int kept = fallback[matched - 1];
                out.write(delimiter, 0, matched - kept); // what can no longer be the start of a delimiter
                matched = kept;
            }
            if (b == (delimiter[matched] & 0xFF)) {
                if (++matched == delimiter.length) {
                    return;
                }
            } else {
                out.write(b);
            }
        }
    }

    private static int[] fallbacks(byte[] pattern) {
        int[] fallback = new int[pattern.length];
        for (int i = 1, k = 0; i < pattern.length; i++) {
            while (k > 0 && pattern[i] != pattern[k]) {
                k = fallback[k - 1];
            }
            if (pattern[i] == pattern[k]) {
                k++;
            }
            fallback[i] = k;
        }
        return fallback;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (previous == '\r' && b == '\n') {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.UTF_8);
            }
            if (line.size() == MAX_HEADER_LINE) {
                throw new Refused("a part's header line is too long", false);
            }
            line.write(b);
            previous = b;
        }
        throw new Refused("the multipart form ends in a part's headers", false);
    }

    /** A stream that refuses to give more than its cap. */
    private static final class Capped extends java.io.FilterInputStream {
        private long left;

        Capped(InputStream in, long cap) {
            super(in);
            this.left = cap;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new Refused("the upload is larger than allowed", true);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0 && (left -= n) < 0) {
                throw new Refused("the upload is larger than allowed", true);
            }
            return n;
        }

        /** A sink that refuses to take more than its cap. */
        static final class Output extends java.io.FilterOutputStream {
            private long left;

            Output(OutputStream out, long cap) {
                super(out);
                this.left = cap;
            }

            @Override
            public void write(int b) throws IOException {
                if (--left < 0) {
                    throw new Refused("a field of the form is larger than allowed", true);
                }
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if ((left -= len) < 0) {
                    throw new Refused("a field of the form is larger than allowed", true);
                }
                out.write(b, off, len);
            }
        }
    }
}
