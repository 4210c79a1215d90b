package dev.roster.console;

import dev.roster.spi.model.User;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Requests to a console on the JDK adapter, as a browser sends them: as the test header's user, never following redirects. */
final class ConsoleClient implements AutoCloseable {
    static final String BOUNDARY = "----roster-test-boundary-7MA4YWxkTrZu0gW";
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final ConsoleServer server;

    ConsoleClient(Console console) throws IOException {
        this.server = ConsoleServer.start(console, 0, "/roster");
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + "/roster" + path;
    }

    String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<byte[]> get(String path, User as) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET(), as);
    }

    /** A POST of a body of this type from the console's own origin. */
    HttpResponse<byte[]> post(String path, User as, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(path))).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType).header("Origin", origin()), as);
    }

    /** A multipart form: the text fields, then one file. */
    HttpResponse<byte[]> upload(String path, User as, Map<String, String> fields, String fileField, String fileName, byte[] file)
            throws IOException, InterruptedException {
        return post(path, as, "multipart/form-data; boundary=" + BOUNDARY, multipart(fields, fileField, fileName, file));
    }

    static byte[] multipart(Map<String, String> fields, String fileField, String fileName, byte[] file) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /**
     * A request as a browser or an attacker would write it: any method, exactly these headers (no user
     * header, no origin unless given), and a URL-encoded form body or none; the answer as text.
     */
    HttpResponse<String> send(String method, String path, Map<String, String> headers, String formBody) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).method(method,
                formBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(formBody));
        if (formBody != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request, User as) throws IOException, InterruptedException {
        if (as != null) {
            request.header(ConsoleFixture.ACTING, as.id().toString());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() {
        server.close();
    }
}
