package dev.roster.adapters.smtp;

import dev.roster.spi.mail.MailConnection;
import dev.roster.spi.mail.MailDeliveryException;
import dev.roster.spi.mail.MailTransport;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * Roster's mail over SMTP, with Jakarta Mail (Eclipse Angus). Each dispatch run opens one connection
 * and sends its messages over it. Connect, read and write timeouts are always set (Jakarta Mail's
 * own default is to wait forever). A 5xx reply is a permanent failure, anything else (4xx, a lost or
 * refused connection, a timeout) a passing one. Nothing here logs a message's content.
 */
public final class SmtpMailTransport implements MailTransport {
    private final String host;
    private final int port;
    private final SmtpSecurity security;
    private final String user;
    private final String password;
    private final Session session;
    private final DeadlineSocketFactory sockets;
    /** How long connecting and the greeting may take in all, however the server trickles its lines. */
    private final Duration openBudget;
    /** How long one message's exchange may take in all. */
    private final Duration sendBudget;

    private SmtpMailTransport(Builder b) {
        this.host = b.host;
        this.port = b.port != 0 ? b.port : switch (b.security) {
            case TLS -> 465;
            case STARTTLS -> 587;
            case NONE -> 25;
        };
        this.security = b.security;
        this.user = b.user;
        this.password = b.password;
        // Implicit TLS makes its own sockets; a plain or STARTTLS connection gets sockets with a deadline.
        this.sockets = b.security == SmtpSecurity.TLS ? null : new DeadlineSocketFactory(b.ticker);
        this.openBudget = b.connectTimeout.plus(b.readTimeout);
        this.sendBudget = b.readTimeout.multipliedBy(2).plus(b.writeTimeout);
        Properties properties = properties(b, protocol());
        if (sockets != null) {
            properties.put("mail." + protocol() + ".socketFactory", sockets);
        }
        this.session = Session.getInstance(properties);
    }

    /** {@return a builder; the host is required} */
    public static Builder builder() {
        return new Builder();
    }

    private String protocol() {
        return security == SmtpSecurity.TLS ? "smtps" : "smtp";
    }

    private static Properties properties(Builder b, String protocol) {
        Properties p = new Properties();
        String prefix = "mail." + protocol + ".";
        p.setProperty(prefix + "connectiontimeout", Long.toString(b.connectTimeout.toMillis()));
        p.setProperty(prefix + "timeout", Long.toString(b.readTimeout.toMillis()));
        p.setProperty(prefix + "writetimeout", Long.toString(b.writeTimeout.toMillis()));
        p.setProperty(prefix + "auth", Boolean.toString(b.user != null));
        if (b.localHost != null) {
            p.setProperty(prefix + "localhost", b.localHost);
        }
        if (b.security == SmtpSecurity.STARTTLS) {
            p.setProperty(prefix + "starttls.enable", "true");
            p.setProperty(prefix + "starttls.required", "true");
        }
        if (b.security != SmtpSecurity.NONE) {
            p.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        // Every recipient is one address we chose: a partial send would be reported, not half done.
        p.setProperty(prefix + "sendpartial", "false");
        return p;
    }

    @Override
    public MailConnection open() {
        try {
            Transport transport = session.getTransport(protocol());
            if (sockets != null) {
                sockets.armNext(openBudget);
            }
            DeadlineSocket socket;
            try {
                transport.connect(host, port, user, password);
            } finally {
                socket = sockets == null ? null : sockets.takeLast();
            }
            if (socket != null) {
                socket.deadline(Long.MAX_VALUE);
            }
            return new SmtpConnection(session, transport, socket, sendBudget);
        } catch (MessagingException e) {
            throw new MailDeliveryException("connect to " + host + ":" + port + ": " + SmtpReplies.describe(e), false, e);
        }
    }

    @Override
    public String toString() {
        return "SmtpMailTransport[" + host + ":" + port + ", " + security + (user == null ? "" : ", user " + user + ", password (hidden)") + "]";
    }

    /** Sets where and how to connect; {@link #build()} says what is missing. */
    public static final class Builder {
        private String host;
        private int port;
        private SmtpSecurity security = SmtpSecurity.STARTTLS;
        private String user;
        private String password;
        private String localHost;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration writeTimeout = Duration.ofSeconds(30);
        // What the deadlines of an open and a send are measured in; the tests drive it.
        private java.util.function.LongSupplier ticker = System::nanoTime;

        private Builder() {
        }

        Builder ticker(java.util.function.LongSupplier value) {
            ticker = value;
            return this;
        }

        /**
         * The mail server (required).
         *
         * @param value its host name
         * @return this builder
         */
        public Builder host(String value) {
            this.host = value;
            return this;
        }

        /**
         * The port; by default 465 for TLS, 587 for STARTTLS and 25 for none.
         *
         * @param value the port
         * @return this builder
         */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /**
         * How the connection is protected; STARTTLS unless set.
         *
         * @param value the protection
         * @return this builder
         */
        public Builder security(SmtpSecurity value) {
            this.security = Objects.requireNonNull(value, "security");
            return this;
        }

        /**
         * Logs in with a user name and password.
         *
         * @param name the user
         * @param secret the password
         * @return this builder
         */
        public Builder credentials(String name, String secret) {
            this.user = Objects.requireNonNull(name, "name");
            this.password = Objects.requireNonNull(secret, "secret");
            return this;
        }

        /**
         * The name this host gives in EHLO; Jakarta Mail's guess unless set.
         *
         * @param value a host name
         * @return this builder
         */
        public Builder localHost(String value) {
            this.localHost = value;
            return this;
        }

        /**
         * The timeouts: connecting (10 s unless set), waiting for a reply (30 s) and writing (30 s).
         *
         * @param connect for the connection
         * @param read for each reply
         * @param write for each write
         * @return this builder
         */
        public Builder timeouts(Duration connect, Duration read, Duration write) {
            this.connectTimeout = positive(connect, "connect");
            this.readTimeout = positive(read, "read");
            this.writeTimeout = positive(write, "write");
            return this;
        }

        private static Duration positive(Duration value, String what) {
            if (value == null || value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException("the " + what + " timeout must be positive; none would wait forever");
            }
            return value;
        }

        /**
         * {@return the transport}
         *
         * @throws IllegalStateException without a host, with a port outside 1-65535, or with
         *     credentials over {@link SmtpSecurity#NONE}
         */
        public SmtpMailTransport build() {
            if (host == null || host.isBlank()) {
                throw new IllegalStateException("SmtpMailTransport.builder() needs the mail server: .host(\"smtp.example.com\")");
            }
            if (port < 0 || port > 65_535) {
                throw new IllegalStateException("SmtpMailTransport.builder() needs a port from 1 to 65535, not " + port);
            }
            if (user != null && security == SmtpSecurity.NONE) {
                throw new IllegalStateException("credentials over SmtpSecurity.NONE would cross the network in clear: use STARTTLS or TLS");
            }
            return new SmtpMailTransport(this);
        }
    }
}
