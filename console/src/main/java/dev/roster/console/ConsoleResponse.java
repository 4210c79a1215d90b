package dev.roster.console;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the console answers: a status, headers and a body, written out by the server adapter.
 *
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the body
 */
public record ConsoleResponse(int status, Map<String, String> headers, byte[] body) {
    /**
     * Copies the headers.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body
     */
    public ConsoleResponse {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
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
        return new ConsoleResponse(status, all, body);
    }

    /** The body is a page or a file, not worth printing. */
    @Override
    public String toString() {
        return "ConsoleResponse[status=" + status + ", headers=" + headers + ", body=" + body.length + " bytes]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsoleResponse r && r.status == status && r.headers.equals(headers) && java.util.Arrays.equals(r.body, body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * status + headers.hashCode()) + java.util.Arrays.hashCode(body);
    }
}
