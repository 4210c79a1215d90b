package dev.roster.adapters.smtp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal SMTP server for the replies GreenMail does not give: it answers every recipient with
 * the reply it is set to (a 4xx or 5xx), or accepts everything and counts the messages.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread thread;
    private volatile String recipientReply = "250 2.1.5 ok";
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();

    ScriptedSmtpServer() throws IOException {
        this(0);
    }

    /** A server on {@code port} (0 for any free one). */
    ScriptedSmtpServer(int port) throws IOException {
        socket = new ServerSocket(port);
        thread = new Thread(this::serve, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** How every RCPT TO is answered from now on, e.g. "550 5.1.1 no such user". */
    void answerRecipients(String reply) {
        recipientReply = reply;
    }

    int accepted() {
        return accepted.get();
    }

    int connections() {
        return connections.get();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                connections.incrementAndGet();
                talk(client);
            } catch (IOException e) {
                // the test closed the server, or the client hung up
            }
        }
    }

    private void talk(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        write(out, "220 scripted ESMTP");
        boolean recipientOk = false;
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
            switch (command) {
                case "EHLO", "HELO" -> write(out, "250 scripted");
                case "MAIL" -> write(out, "250 2.1.0 ok");
                case "RCPT" -> {
                    String reply = recipientReply;
                    recipientOk = reply.startsWith("2");
                    write(out, reply);
                }
                case "DATA" -> {
                    if (!recipientOk) {
                        write(out, "554 5.5.1 no valid recipients");
                        continue;
                    }
                    write(out, "354 go ahead");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the message; not kept
                    }
                    accepted.incrementAndGet();
                    write(out, "250 2.0.0 queued");
                }
                case "RSET", "NOOP" -> write(out, "250 ok");
                case "QUIT" -> {
                    write(out, "221 bye");
                    return;
                }
                default -> write(out, "502 5.5.2 not implemented");
            }
        }
    }

    private static void write(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
