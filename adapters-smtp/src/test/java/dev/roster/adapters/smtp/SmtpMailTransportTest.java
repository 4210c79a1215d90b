package dev.roster.adapters.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.roster.spi.mail.MailConnection;
import dev.roster.spi.mail.MailDeliveryException;
import dev.roster.spi.mail.MailSender;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.model.EmailAddress;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpMailTransportTest {
    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static SmtpMailTransport transport(int port) {
        return SmtpMailTransport.builder().host("localhost").port(port).security(SmtpSecurity.NONE)
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2)).build();
    }

    private static OutgoingMail mail(String to, String toName, String subject) {
        return new OutgoingMail(UUID.randomUUID() + ".roster@acme.example", new MailSender("Acme Team", EmailAddress.of("no-reply@acme.example")),
                EmailAddress.of("help@acme.example"), EmailAddress.of(to), toName, subject, "Hello,\nyour link: https://app.example/i?t=abc",
                "<p>Hello, <a href=\"https://app.example/i?t=abc\">your link</a></p>");
    }

    @Test
    void anInternationalDomainGoesAsItsAsciiFormAndANonAsciiMailboxIsRefusedNeverMisdelivered() throws Exception {
        try (MailConnection connection = transport(GREENMAIL.getSmtp().getPort()).open()) {
            connection.send(mail("grace@bücher.example", null, "Hi"));
            for (String mailbox : new String[] {"абвг@acme.example", "jörg@acme.example"}) {
                assertThatThrownBy(() -> connection.send(mail(mailbox, null, "Hi"))).isInstanceOfSatisfying(MailDeliveryException.class, e -> {
                    assertThat(e.isPermanent()).isTrue();
                    assertThat(e.getMessage()).contains("SMTPUTF8");
                });
            }
        }

        assertThat(GREENMAIL.getReceivedMessages()).hasSize(1);
        assertThat(((InternetAddress) GREENMAIL.getReceivedMessages()[0].getAllRecipients()[0]).getAddress())
                .isEqualTo("grace@xn--bcher-kva.example");
        assertThat(GREENMAIL.getUserManager().getUserByEmail("0123@acme.example")).as("абвг's low bytes").isNull();
    }

    @Test
    void aMessageArrivesWithRostersMessageIdBothBodiesAndEncodedHeaders() throws Exception {
        OutgoingMail sent = mail("grace@acme.example", "Grace Hopper", "Einladung für Zoë ✓");
        try (MailConnection connection = transport(GREENMAIL.getSmtp().getPort()).open()) {
            connection.send(sent);
        }

        MimeMessage received = GREENMAIL.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo("<" + sent.messageId() + ">");
        assertThat(received.getSubject()).isEqualTo("Einladung für Zoë ✓");
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("Acme Team");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("no-reply@acme.example");
        assertThat(((InternetAddress) received.getReplyTo()[0]).getAddress()).isEqualTo("help@acme.example");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").contains("UTF-8");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("your link: https://app.example/i?t=abc");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    }

    @Test
    void oneConnectionCarriesEveryMessageOfARun() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(); MailConnection connection = transport(server.port()).open()) {
            for (int i = 0; i < 5; i++) {
                connection.send(mail("u" + i + "@acme.example", null, "Hi"));
            }
            assertThat(server.accepted()).isEqualTo(5);
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void aNameThatTriesToAddARecipientOrAHeaderStaysOneNameOfOneAddress() throws Exception {
        String hostile = "Eve\" <evil@attacker.example>, \"Bcc: all@acme.example";
        try (MailConnection connection = transport(GREENMAIL.getSmtp().getPort()).open()) {
            connection.send(mail("grace@acme.example", hostile, "Hi, \"there\" <b>"));
        }

        MimeMessage received = GREENMAIL.getReceivedMessages()[0];
        Address[] to = received.getAllRecipients();
        assertThat(to).hasSize(1);
        assertThat(((InternetAddress) to[0]).getAddress()).isEqualTo("grace@acme.example");
        assertThat(((InternetAddress) to[0]).getPersonal()).isEqualTo(hostile);
        assertThat(received.getHeader("Bcc")).isNull();
        assertThat(Collections.list(received.getAllHeaderLines()).stream().filter(h -> h.startsWith("To:")).count()).isEqualTo(1);
        assertThat(GREENMAIL.getUserManager().getUserByEmail("evil@attacker.example")).as("no envelope went to the attacker").isNull();
        assertThat(GREENMAIL.getUserManager().getUserByEmail("all@acme.example")).isNull();
        assertThatThrownBy(() -> mail("grace@acme.example", "Eve\r\nBcc: all@acme.example", "Hi"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefusalForGoodIsPermanentAndOneForNowIsNot() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(); MailConnection connection = transport(server.port()).open()) {
            server.answerRecipients("550 5.1.1 <grace@acme.example>: no such user");
            MailDeliveryException forGood = catchThrowableOfType(MailDeliveryException.class,
                    () -> connection.send(mail("grace@acme.example", null, "Hi")));
            assertThat(forGood.isPermanent()).isTrue();
            assertThat(forGood.getMessage()).contains("550 5.1.1").doesNotContain("your link");

            server.answerRecipients("451 4.3.0 mailbox busy, try later");
            MailDeliveryException forNow = catchThrowableOfType(MailDeliveryException.class,
                    () -> connection.send(mail("grace@acme.example", null, "Hi")));
            assertThat(forNow.isPermanent()).isFalse();
            assertThat(forNow.getMessage()).contains("451");
        }
    }

    @Test
    void aServerThatIsDownOrSilentFailsForNowWithinTheTimeouts() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        MailDeliveryException down = catchThrowableOfType(MailDeliveryException.class, () -> transport(closed).open());
        assertThat(down.isPermanent()).isFalse();
        assertThat(down.getMessage()).contains("localhost:" + closed);

        try (ServerSocket silent = new ServerSocket(0)) {
            Thread accepting = new Thread(() -> {
                try (Socket mute = silent.accept()) {
                    mute.getInputStream().readAllBytes(); // says nothing, and holds on until the client gives up and hangs up
                } catch (IOException e) {
                    // the test is over
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            long start = System.nanoTime();
            MailDeliveryException timedOut = catchThrowableOfType(MailDeliveryException.class, () -> transport(silent.getLocalPort()).open());
            assertThat(timedOut.isPermanent()).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
        }
    }

    @Test
    void theBuilderSaysWhatIsMissingAndNeverPrintsThePassword() {
        assertThatThrownBy(() -> SmtpMailTransport.builder().build()).isInstanceOf(IllegalStateException.class).hasMessageContaining(".host(");
        assertThatThrownBy(() -> SmtpMailTransport.builder().host("x").port(70_000).build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SmtpMailTransport.builder().host("x").security(SmtpSecurity.NONE).credentials("roster", "s3cret-pa55").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("in clear").hasMessageNotContaining("s3cret-pa55");
        assertThatThrownBy(() -> SmtpMailTransport.builder().timeouts(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forever");
        SmtpMailTransport withLogin = SmtpMailTransport.builder().host("smtp.example.com").credentials("roster", "s3cret-pa55").build();
        assertThat(withLogin.toString()).contains("smtp.example.com:587").contains("STARTTLS").doesNotContain("s3cret-pa55");
        assertThat(List.of(withLogin)).isNotEmpty();
    }
}
