package dev.roster.console;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the console answers: a status, headers and a body, written out by the server adapter. A page's
 * body is in {@code body}; a download too large to hold (an export) is written by {@code stream} instead,
 * straight to the client.
 *
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the body, empty when {@code stream} writes it
 * @param stream writes the body to the client, or null when {@code body} is it
 */
public record ConsoleResponse(int status, Map<String, String> headers, byte[] body, BodyWriter stream) {
    /**
     * Copies the headers.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body
     * @param stream writes the body, or null
     */
    public ConsoleResponse {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /**
     * A response whose body is in memory.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body
     */
    public ConsoleResponse(int status, Map<String, String> headers, byte[] body) {
        this(status, headers, body, null);
    }

    /** Writes a body as it is made. */
    @FunctionalInterface
    public interface BodyWriter {
        /**
         * Writes the body.
         *
         * @param out the response's stream; not to be closed
         * @throws IOException when the client goes away
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A file to download, written as it is made.
     *
     * @param contentType its type
     * @param fileName the name the browser saves it under (letters, digits, '.', '-' and '_')
     * @param writer writes it
     * @return the response
     */
    public static ConsoleResponse download(String contentType, String fileName, BodyWriter writer) {
        if (!fileName.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("a download's name is letters, digits, '.', '-' and '_'");
        }
        return new ConsoleResponse(200, Map.of("Content-Type", contentType, "Content-Disposition", "attachment; filename=\"" + fileName + "\""),
                new byte[0], java.util.Objects.requireNonNull(writer, "writer"));
    }

    /**
     * An HTML page.
     *
     * @param status the HTTP status
     * @param html the page
     * @return the response
     */
    public static ConsoleResponse html(int status, String html) {
        return new ConsoleResponse(status, Map.of("Content-Type", "text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A redirect after a form POST, to a page of the console.
     *
     * @param location the address to go to
     * @return the response
     */
    public static ConsoleResponse redirect(String location) {
        return new ConsoleResponse(303, Map.of("Location", location), new byte[0]);
    }

    /**
     * The same response with more headers.
     *
     * @param more the headers to add or replace
     * @return the response
     */
    public ConsoleResponse withHeaders(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(more);
        return new ConsoleResponse(status, all, body, stream);
    }

    /** The body is a page or a file, not worth printing. */
    @Override
    public String toString() {
        return "ConsoleResponse[status=" + status + ", headers=" + headers + ", body=" + (stream == null ? body.length + " bytes" : "streamed") + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsoleResponse r && r.status == status && r.headers.equals(headers) && java.util.Arrays.equals(r.body, body)
                && java.util.Objects.equals(r.stream, stream);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * status + headers.hashCode()) + java.util.Arrays.hashCode(body)) + java.util.Objects.hashCode(stream);
    }
}
