package dev.roster.spring.autoconfigure;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Roster's settings under {@code roster.*}.
 *
 * @param preset the policy, by a preset's name (TwoRoleWorkspace, FlaggedPlatform, TypedUsers,
 *     ExpiringInvitationsOrganization, SeatCountedTeam) when the application defines no {@code Policy} bean
 * @param invitationLink the address an invitation's link leads to, with {@code {token}} (and optionally
 *     {@code {tenant}}) in it; needed when Roster sends mail
 * @param passwordResetLink the address a password reset's link leads to, with {@code {token}} in it
 * @param jdbc the JDBC store
 * @param mail Roster's own mail
 * @param console the admin console
 */
@ConfigurationProperties("roster")
public record RosterProperties(
        @DefaultValue("TwoRoleWorkspace") String preset,
        String invitationLink,
        String passwordResetLink,
        @DefaultValue Jdbc jdbc,
        @DefaultValue Mail mail,
        @DefaultValue Console console) {

    /**
     * The JDBC store.
     *
     * @param schema MIGRATE (Roster applies its migrations, by its own history table), VALIDATE (the
     *     schema must be current; the application's Flyway applies Roster's migrations) or NONE
     * @param dataSource the name of the DataSource bean to use when the application has several
     */
    public record Jdbc(@DefaultValue("MIGRATE") Schema schema, String dataSource) {
    }

    /** What Roster does with its schema at start. */
    public enum Schema {
        /** Applies Roster's migrations, recorded in its own history table. */
        MIGRATE,
        /** Checks that the schema is current and refuses to start otherwise. */
        VALIDATE,
        /** Leaves the schema alone. */
        NONE
    }

    /**
     * Roster's mail (invitations, password resets), queued in its outbox with the change that causes it and
     * sent by a worker that starts and stops with the application. Off unless {@code from} is set.
     *
     * @param from the sender's address; setting it turns Roster's mail on
     * @param fromName the sender's name (the product's name unless set)
     * @param productName the product's name the messages speak of
     * @param replyTo where replies go, the sender unless set
     * @param supportAddress where people can ask for help, shown in the messages
     * @param host the SMTP server; {@code spring.mail.host} unless set
     * @param port its port; {@code spring.mail.port} unless set, else the security's usual port
     * @param security TLS, STARTTLS or NONE; unless set, what {@code spring.mail.*} says (SMTPS, or
     *     {@code mail.smtp.starttls.enable}), else STARTTLS
     * @param username the SMTP user; {@code spring.mail.username} unless set
     * @param password the SMTP password; {@code spring.mail.password} unless set
     * @param sealingKey the key (Base64, 32 bytes) that seals links' tokens in the outbox, the same on every
     *     instance; required with mail (make one with {@code SealingKey.generate("k1").toBase64()})
     * @param sealingKeyId the sealing key's id
     * @param retiredSealingKeys earlier keys by id, which still open messages queued before a key change
     * @param worker the outbox worker
     * @param maxLag how long the oldest due message may wait before the health indicator says DOWN
     */
    public record Mail(String from, String fromName, String productName, String replyTo, String supportAddress, String host, Integer port,
            MailSecurity security, String username, String password, String sealingKey, @DefaultValue("k1") String sealingKeyId,
            Map<String, String> retiredSealingKeys, @DefaultValue Worker worker, @DefaultValue("15m") Duration maxLag) {

        /** {@return whether Roster sends mail} */
        public boolean enabled() {
            return from != null && !from.isBlank();
        }

        /** Never prints the password or the keys. */
        @Override
        public String toString() {
            return "Mail[from=" + from + ", host=" + host + ", port=" + port + ", security=" + security + ", username=" + username
                    + ", password=" + (password == null ? "none" : "(hidden)") + ", sealingKeyId=" + sealingKeyId + ", retiredSealingKeys="
                    + (retiredSealingKeys == null ? "none" : retiredSealingKeys.keySet()) + ", worker=" + worker + ", maxLag=" + maxLag + "]";
        }
    }

    /** How the connection to the mail server is protected. */
    public enum MailSecurity {
        /** TLS from the first byte (SMTPS, usually port 465). */
        TLS,
        /** Plain, then upgraded with STARTTLS, which the server must offer (usually port 587). */
        STARTTLS,
        /** No encryption: a relay on the same machine or a test server only. */
        NONE
    }

    /**
     * The outbox worker.
     *
     * @param enabled whether this instance runs one (off when another process sends Roster's mail)
     */
    public record Worker(@DefaultValue("true") boolean enabled) {
    }

    /**
     * The admin console, served by a servlet under the application's own security.
     *
     * @param enabled whether to register it (off unless set)
     * @param path where it is mounted
     * @param tenant the tenant whose members the default authorizer (over Spring Security) lets in, by its id
     * @param formKey the key (Base64, at least 32 bytes) the forms' tokens are made with, the same on every
     *     instance behind one address; each instance makes its own at random unless set
     */
    public record Console(@DefaultValue("false") boolean enabled, @DefaultValue("/roster") String path, String tenant, String formKey) {

        /** Never prints the form key. */
        @Override
        public String toString() {
            return "Console[enabled=" + enabled + ", path=" + path + ", tenant=" + tenant + ", formKey=" + (formKey == null ? "none" : "(hidden)")
                    + "]";
        }
    }
}
