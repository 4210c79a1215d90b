package dev.roster.console;

import dev.roster.console.internal.Forms;
import dev.roster.console.internal.Multipart;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The console as a Jakarta Servlet, for any container or for Spring to register: map it to a path such
 * as {@code /roster/*}. The host's authorizer receives the {@link HttpServletRequest} as the request's
 * {@link ConsoleRequest#hostRequest()}, so it can read the host's own session.
 */
public class ConsoleServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Console console;

    /**
     * A servlet serving this console.
     *
     * @param console the console
     */
    public ConsoleServlet(Console console) {
        this.console = console;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(request.getHeaders(name))));
        }
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String base = request.getContextPath() + request.getServletPath();
        Map<String, List<String>> query = Forms.parse(request.getQueryString());
        ConsoleRequest head = new ConsoleRequest(request.getMethod(), base, path, query, Map.of(), headers, request.getRemoteAddr(), request);
        Map<String, List<String>> form = Map.of();
        boolean post = "POST".equalsIgnoreCase(request.getMethod());
        String type = request.getContentType();
        Multipart.Body multipart = null;
        try {
            if (post && type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                byte[] body = request.getInputStream().readNBytes(Forms.MAX_FORM_BYTES + 1);
                if (body.length > Forms.MAX_FORM_BYTES) {
                    write(request, response, console.refusal(head, 413));
                    return;
                }
                form = Forms.parse(new String(body, StandardCharsets.UTF_8));
                if (form.isEmpty() && !request.getParameterMap().isEmpty()) {
                    // A filter (a framework's own CSRF or logging filter, say) read the body first: the container kept its fields.
                    // Only the body's fields: the container merges the query string in, and a token must not come from an address.
                    Map<String, List<String>> kept = new HashMap<>();
                    request.getParameterMap().forEach((name, values) -> {
                        if (!query.containsKey(name)) {
                            kept.put(name, List.of(values));
                        }
                    });
                    form = kept;
                }
            } else if (Multipart.is(type)) {
                // Judged on its headers first, and its token before its first file: nothing of a refused body is kept.
                java.util.Optional<ConsoleResponse> refused = console.refuseBody(head);
                if (refused.isPresent()) {
                    write(request, response, refused.get());
                    return;
                }
                try {
                    multipart = Multipart.read(type, request.getInputStream(), console.maxUploadBytes(), fields -> console.letsFilesIn(head, fields));
                } catch (Multipart.Refused e) {
                    write(request, response, console.refusal(head, e.status()));
                    return;
                }
                form = multipart.fields();
            }
            write(request, response, console.handle(new ConsoleRequest(request.getMethod(), base, path, query, form, headers,
                    request.getRemoteAddr(), request, multipart == null ? Map.of() : multipart.files())));
        } finally {
            if (multipart != null) {
                multipart.close();
            }
        }
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, ConsoleResponse answer) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        if ("HEAD".equalsIgnoreCase(request.getMethod())) {
            return;
        }
        if (answer.stream() != null) {
            answer.stream().writeTo(response.getOutputStream());
        } else if (answer.body().length > 0) {
            response.setContentLength(answer.body().length);
            response.getOutputStream().write(answer.body());
        }
    }
}
