package dev.roster.adapters.smtp;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.roster.spi.mail.MailConnection;
import dev.roster.spi.mail.MailDeliveryException;
import dev.roster.spi.mail.MailSender;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.model.EmailAddress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A server that trickles its replies cannot hold a connection or a send beyond the timeouts added up. */
class SmtpDeadlineTest {
    /** What the transport's deadlines are measured in: a trickling server moves it on with each line it sends. */
    private final java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();

    private SmtpMailTransport transport(int port, Duration timeout) {
        return SmtpMailTransport.builder().host("localhost").port(port).security(SmtpSecurity.NONE)
                .timeouts(timeout, timeout, timeout).ticker(now::get).build();
    }

    /** 300 ms pass on the transport's time before each line: within any read timeout, past any deadline after a few. */
    private void laterBy300Ms() {
        now.addAndGet(Duration.ofMillis(300).toNanos());
    }

    private static OutgoingMail mail(String to) {
        return new OutgoingMail(UUID.randomUUID() + ".roster@acme.example", new MailSender("Acme Team", EmailAddress.of("no-reply@acme.example")),
                null, EmailAddress.of(to), null, "Hi", "Hello,\nyour link: https://app.example/t/acme/invite?token=SECRETtoken123",
                "<p><a href=\"https://app.example/t/acme/invite?token=SECRETtoken123\">link</a></p>");
    }

    /** A raw server that runs {@code script} for each connection. */
    private static final class RawServer implements AutoCloseable {
        interface Script {
            void talk(BufferedReader in, OutputStream out) throws IOException, InterruptedException;
        }

        final ServerSocket socket;
        final List<String> received = new CopyOnWriteArrayList<>();
        volatile boolean raw;

        RawServer(Script script) throws IOException {
            socket = new ServerSocket(0);
            Thread thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket client = socket.accept()) {
                        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1)) {
                            @Override
                            public String readLine() throws IOException {
                                String line = super.readLine();
                                if (line != null) {
                                    received.add(line);
                                }
                                return line;
                            }
                        };
                        script.talk(in, client.getOutputStream());
                    } catch (IOException | InterruptedException e) {
                        // next client
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static void write(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Answers like a normal server; {@code endOfData} answers the end of the message. */
    private static void normal(BufferedReader in, OutputStream out, RawServer.Script endOfData, String ehlo) throws IOException, InterruptedException {
        write(out, "220 raw ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String cmd = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
            switch (cmd) {
                case "EHLO" -> write(out, ehlo);
                case "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> write(out, "250 ok");
                case "AUTH" -> {
                    if (line.split(" ").length > 2) {
                        write(out, "235 ok");
                    } else {
                        write(out, "334 VXNlcm5hbWU6");
                        in.readLine(); // user name
                        write(out, "334 UGFzc3dvcmQ6");
                        in.readLine(); // password
                        write(out, "235 ok");
                    }
                }
                case "DATA" -> {
                    write(out, "354 go");
                    endOfData.talk(in, out);
                }
                case "QUIT" -> {
                    write(out, "221 bye");
                    return;
                }
                default -> write(out, "502 no");
            }
        }
    }

    /**
     * Timeouts are per read: a server (or a tarpit) that sends a multi-line greeting one line at a
     * time, each within the read timeout, must still not hold open() past connect plus read timeout.
     */
    @Test
    void aTricklingGreetingCannotHoldOpenPastItsDeadline() throws Exception {
        try (RawServer server = new RawServer((in, out) -> {
            for (int i = 0; ; i++) { // until the client hangs up: only the deadline ends this greeting
                laterBy300Ms();
                write(out, "220-still here " + i);
            }
        })) {
            SmtpMailTransport transport = transport(server.port(), Duration.ofSeconds(1));
            assertTimeoutPreemptively(Duration.ofSeconds(8), () -> assertThatThrownBy(() -> transport.open().close())
                    .isInstanceOfSatisfying(MailDeliveryException.class, e -> org.assertj.core.api.Assertions.assertThat(e.isPermanent())
                            .isFalse()), "open() with 1 s connect/read/write timeouts");
        }
    }

    /** The same after the message: a trickled reply to the end of DATA fails the send at its deadline. */
    @Test
    void aTricklingReplyCannotHoldASendPastItsDeadline() throws Exception {
        try (RawServer server = new RawServer((in, out) -> normal(in, out, (i, o) -> {
            String line;
            while ((line = i.readLine()) != null && !line.equals(".")) {
                // the message
            }
            for (int n = 0; ; n++) { // until the client hangs up: only the deadline ends this reply
                laterBy300Ms();
                write(o, "250-queued " + n);
            }
        }, "250 raw"))) {
            MailConnection connection = transport(server.port(), Duration.ofSeconds(1)).open();
            assertTimeoutPreemptively(Duration.ofSeconds(8), () -> assertThatThrownBy(() -> connection.send(mail("grace@acme.example")))
                    .isInstanceOf(MailDeliveryException.class), "send() with 1 s read timeout");
        }
    }
}
