package dev.roster.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.roster.console.internal.Forms;
import dev.roster.console.internal.Multipart;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The console on the JDK's own HTTP server ({@code com.sun.net.httpserver}), for hosts without a servlet
 * container, the examples and the tests. Bound to the loopback address unless told otherwise; put TLS and
 * the host's login in front of it.
 */
public final class ConsoleServer implements AutoCloseable {
    private static final int MAX_THREADS = 64;
    private final HttpServer server;
    private final ExecutorService workers;
    private final String base;

    private ConsoleServer(HttpServer server, ExecutorService workers, String base) {
        this.server = server;
        this.workers = workers;
        this.base = base;
    }

    /**
     * Serves a console on the loopback address.
     *
     * @param console the console
     * @param port the port, or 0 for a free one
     * @param base the mount path, such as "/roster"
     * @return the running server
     * @throws IOException when the port cannot be bound
     */
    public static ConsoleServer start(Console console, int port, String base) throws IOException {
        return start(console, new InetSocketAddress(InetAddress.getLoopbackAddress(), port), base, Set.of());
    }

    /**
     * Serves a console on an address of the host's choosing. Only requests naming one of the host names in
     * their {@code Host} header are answered (the loopback names with the port are always allowed): a page
     * that rebinds its own name to this address gets 421, not the console.
     *
     * @param console the console
     * @param address where to listen
     * @param base the mount path, such as "/roster"
     * @param hostNames further names the console is reached by, such as "admin.example.com" or "admin.example.com:8443"
     * @return the running server
     * @throws IOException when the address cannot be bound
     */
    public static ConsoleServer start(Console console, InetSocketAddress address, String base, Set<String> hostNames) throws IOException {
        String mount = base == null || base.equals("/") ? "" : base.replaceAll("/+$", "");
        HttpServer server = HttpServer.create(address, 0);
        // The JDK server reads a request on these threads without a time limit: a bounded but growing pool keeps
        // a few slow clients from holding every thread. A console exposed beyond loopback belongs behind a proxy.
        ThreadPoolExecutor workers = new ThreadPoolExecutor(4, MAX_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "roster-console");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(workers);
        int port = server.getAddress().getPort();
        Set<String> allowed = new HashSet<>();
        for (String name : List.of("127.0.0.1", "localhost", "[::1]")) {
            allowed.add(name + ":" + port);
        }
        hostNames.forEach(name -> allowed.add(name.toLowerCase(java.util.Locale.ROOT)));
        server.createContext(mount.isEmpty() ? "/" : mount, exchange -> {
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (host == null || !allowed.contains(host.toLowerCase(java.util.Locale.ROOT))) {
                try (exchange) {
                    exchange.sendResponseHeaders(421, -1);
                }
                return;
            }
            serve(console, mount, exchange);
        });
        server.start();
        return new ConsoleServer(server, workers, mount);
    }

    /** {@return the port it listens on} */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@return the address of the console's first page} */
    public String address() {
        return "http://" + server.getAddress().getHostString() + ":" + port() + base + "/users";
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private static void serve(Console console, String mount, HttpExchange exchange) throws IOException {
        Multipart.Body multipart = null;
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(mount.length());
            Map<String, List<String>> query = Forms.parse(exchange.getRequestURI().getRawQuery());
            String address = exchange.getRemoteAddress().getAddress().getHostAddress();
            ConsoleRequest head = new ConsoleRequest(exchange.getRequestMethod(), mount, path, query, Map.of(), exchange.getRequestHeaders(),
                    address, exchange);
            Map<String, List<String>> form = Map.of();
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            boolean post = "POST".equalsIgnoreCase(exchange.getRequestMethod());
            if (post && isForm(type)) {
                byte[] body = readAtMost(exchange.getRequestBody(), Forms.MAX_FORM_BYTES);
                if (body == null) {
                    write(exchange, console.refusal(head, 413));
                    return;
                }
                form = Forms.parse(new String(body, StandardCharsets.UTF_8));
            } else if (Multipart.is(type)) {
                // Judged on its headers first, and its token before its first file: nothing of a refused body is kept.
                Optional<ConsoleResponse> refused = console.refuseBody(head);
                if (refused.isPresent()) {
                    write(exchange, refused.get());
                    return;
                }
                try {
                    multipart = Multipart.read(type, exchange.getRequestBody(), console.maxUploadBytes(), fields -> console.letsFilesIn(head, fields));
                } catch (Multipart.Refused e) {
                    write(exchange, console.refusal(head, e.status()));
                    return;
                }
                form = multipart.fields();
            }
            write(exchange, console.handle(new ConsoleRequest(exchange.getRequestMethod(), mount, path, query, form, exchange.getRequestHeaders(),
                    address, exchange, multipart == null ? Map.of() : multipart.files())));
        } finally {
            if (multipart != null) {
                multipart.close();
            }
        }
    }

    private static void write(HttpExchange exchange, ConsoleResponse response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
        if (response.stream() != null) {
            exchange.sendResponseHeaders(response.status(), head ? -1 : 0); // 0: chunked, its length unknown
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    response.stream().writeTo(out);
                }
            }
            return;
        }
        exchange.sendResponseHeaders(response.status(), head || response.body().length == 0 ? -1 : response.body().length);
        if (!head && response.body().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
    }

    private static boolean isForm(String type) {
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** The body, or null when it is longer than {@code limit}. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] body = in.readNBytes(limit + 1);
        return body.length > limit ? null : body;
    }
}
