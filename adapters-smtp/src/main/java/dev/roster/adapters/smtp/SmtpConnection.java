package dev.roster.adapters.smtp;

import dev.roster.spi.mail.MailConnection;
import dev.roster.spi.mail.MailDeliveryException;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.text.TextRules;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;

/** One open SMTP connection: builds each message (plain text and HTML, Roster's Message-ID) and sends it. */
final class SmtpConnection implements MailConnection {
    private final Session session;
    private final Transport transport;
    private final DeadlineSocket socket;
    private final Duration sendBudget;

    /** {@code socket} is null when the connection made its own (implicit TLS): each read is bounded then, not the send. */
    SmtpConnection(Session session, Transport transport, DeadlineSocket socket, Duration sendBudget) {
        this.session = session;
        this.transport = transport;
        this.socket = socket;
        this.sendBudget = sendBudget;
    }

    @Override
    public void send(OutgoingMail mail) {
        MimeMessage message;
        try {
            message = build(mail);
        } catch (MessagingException | UnsupportedEncodingException | IllegalArgumentException e) {
            throw new MailDeliveryException("the message cannot be built: " + e.getMessage(), true, e);
        }
        if (socket != null) {
            socket.deadlineIn(sendBudget);
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            throw new MailDeliveryException(SmtpReplies.describe(e), SmtpReplies.permanent(e), e);
        } finally {
            if (socket != null) {
                socket.deadline(Long.MAX_VALUE);
            }
        }
    }

    private MimeMessage build(OutgoingMail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new RosterMimeMessage(session, headerSafe("Message-ID", mail.messageId()));
        message.setFrom(address(mail.from().address(), headerSafe("From", mail.from().name())));
        if (mail.replyTo() != null) {
            message.setReplyTo(new InternetAddress[] {address(mail.replyTo(), null)});
        }
        message.setRecipient(Message.RecipientType.TO, address(mail.to(), mail.toName() == null ? null : headerSafe("To", mail.toName())));
        // setSubject encodes the text as a MIME word; a line break could not survive it, and is refused before.
        message.setSubject(headerSafe("Subject", mail.subject()), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    /**
     * The address as it goes on the wire: the domain as its ASCII (A-label) form, the mailbox name as
     * stored. A non-ASCII mailbox name would need SMTPUTF8; Jakarta Mail would otherwise write each
     * character's low byte and so mail someone else (абвг@ becomes 0123@), so it is refused for good.
     */
    private static InternetAddress address(EmailAddress address, String name) throws UnsupportedEncodingException, MessagingException {
        String value = address.value();
        String mailbox = value.substring(0, value.lastIndexOf('@'));
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(mailbox)) {
            throw new MailDeliveryException("a mailbox name outside ASCII needs SMTPUTF8, which this adapter does not use; not sent", true,
                    null);
        }
        String wire = mailbox + "@" + address.domain();
        InternetAddress internet = name == null ? new InternetAddress(wire, true) : new InternetAddress(wire, name, StandardCharsets.UTF_8.name());
        internet.validate();
        return internet;
    }

    /** A second line in a header value would be a second header: refused here too, whatever built the mail. */
    private static String headerSafe(String header, String value) {
        if (!TextRules.isHeaderSafe(value)) {
            throw new IllegalArgumentException("the " + header + " header may hold no line break or control character");
        }
        return value;
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // the server went away; the connection is closed either way
        }
    }

    /** Keeps Roster's Message-ID: MimeMessage replaces one set with setHeader when it saves changes. */
    private static final class RosterMimeMessage extends MimeMessage {
        private final String messageId;

        RosterMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + messageId + ">");
        }
    }
}
