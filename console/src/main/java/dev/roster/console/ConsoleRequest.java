package dev.roster.console;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request as the console sees it, whatever server carried it.
 *
 * @param method the HTTP method, upper case
 * @param base the path the console is mounted at, without a trailing slash ("" at the root, "/roster" say)
 * @param path the path below the mount, starting with "/"
 * @param query the query parameters
 * @param form the fields of a URL-encoded form body (empty for other requests)
 * @param headers the request headers, names lower-cased
 * @param clientAddress the address the request came from, as the server saw it (a proxy's, behind one), or null
 * @param hostRequest the server's own request object (a servlet request, an {@code HttpExchange}), for the host's authorizer
 * @param files the files of a multipart form body, by field name (empty for other requests)
 */
public record ConsoleRequest(String method, String base, String path, Map<String, List<String>> query, Map<String, List<String>> form,
        Map<String, List<String>> headers, String clientAddress, Object hostRequest, Map<String, ConsoleUpload> files) {

    /**
     * A request without files.
     *
     * @param method the HTTP method
     * @param base the mount path
     * @param path the path below the mount
     * @param query the query parameters
     * @param form the form fields
     * @param headers the headers
     * @param clientAddress the address the request came from, or null
     * @param hostRequest the server's own request object, or null
     */
    public ConsoleRequest(String method, String base, String path, Map<String, List<String>> query, Map<String, List<String>> form,
            Map<String, List<String>> headers, String clientAddress, Object hostRequest) {
        this(method, base, path, query, form, headers, clientAddress, hostRequest, Map.of());
    }

    /**
     * Copies the maps and lower-cases the header names.
     *
     * @param method the HTTP method
     * @param base the mount path
     * @param path the path below the mount
     * @param query the query parameters
     * @param form the form fields
     * @param headers the headers
     * @param clientAddress the address the request came from, or null
     * @param hostRequest the server's own request object, or null
     * @param files the files of a multipart form
     */
    public ConsoleRequest {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        base = base == null ? "" : base;
        path = path == null || path.isEmpty() ? "/" : path;
        query = Map.copyOf(query == null ? Map.of() : query);
        form = Map.copyOf(form == null ? Map.of() : form);
        files = Map.copyOf(files == null ? Map.of() : files);
        Map<String, List<String>> lower = new TreeMap<>();
        if (headers != null) {
            headers.forEach((name, values) -> lower.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new java.util.ArrayList<>())
                    .addAll(values));
        }
        headers = Map.copyOf(lower);
    }

    /**
     * The first value of a header.
     *
     * @param name the header's name, any case
     * @return its first value
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    /**
     * A cookie the request carries.
     *
     * @param name the cookie's name
     * @return its value, or empty
     */
    public Optional<String> cookie(String name) {
        for (String header : headers.getOrDefault("cookie", List.of())) {
            for (String pair : header.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).strip().equals(name)) {
                    return Optional.of(pair.substring(eq + 1).strip());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first value of a query parameter.
     *
     * @param name the parameter
     * @return its value, or empty
     */
    public Optional<String> param(String name) {
        return first(query, name);
    }

    /**
     * The first value of a form field.
     *
     * @param name the field
     * @return its value, or empty
     */
    public Optional<String> field(String name) {
        return first(form, name);
    }

    /**
     * A file the form sent.
     *
     * @param name the field
     * @return the file, or empty
     */
    public Optional<ConsoleUpload> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    private static Optional<String> first(Map<String, List<String>> values, String name) {
        List<String> found = values.get(name);
        return found == null || found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get(0));
    }
}
