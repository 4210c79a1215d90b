package dev.roster.adapters.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.mail.DeliveryPolicy;
import dev.roster.core.mail.MailDelivery;
import dev.roster.core.mail.MailSettings;
import dev.roster.core.mail.SealingKey;
import dev.roster.core.mail.TenantMail;
import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.ProfileFields;
import dev.roster.mail.templates.MustacheMailRenderer;
import dev.roster.spi.mail.MailSender;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Invitations through the outbox to a real SMTP server: down then back, refused for good, refused for now. */
class SmtpOutboxTest {
    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    private final MovingClock clock = new MovingClock();
    private final InMemoryRosterStore store = new InMemoryRosterStore();
    private final TenantId tenant = TenantId.of("acme");

    static Policy policy() {
        Permission admin = Permission.of("users.manage");
        return Policy.builder().permissions(Set.of(admin)).adminPermission(admin)
                .role(RoleDefinition.of("admin", "Admin", Set.of(admin))).role(RoleDefinition.of("member", "Member", Set.of()))
                .defaultRole(RoleId.of("member")).build();
    }

    private Roster roster(int port, DeliveryPolicy delivery) {
        SmtpMailTransport smtp = SmtpMailTransport.builder().host("localhost").port(port).security(SmtpSecurity.NONE)
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5)).build();
        return Roster.builder().store(store).clock(clock).policy(policy()).invitationLink("https://app.example/invite?token={token}")
                .mail(MailSettings.builder().renderer(MustacheMailRenderer.withDefaults()).transport(smtp).delivery(delivery)
                        .from(TenantMail.of("Acme", new MailSender("Acme", EmailAddress.of("no-reply@acme.example"))))
                        .sealingKey(SealingKey.generate("k")).build())
                .build();
    }

    private Actor admin(Roster roster) {
        User ada = roster.tenants().bootstrap(TenantBootstrap.of(tenant, "Acme", "ada@acme.example"));
        return Actor.user(tenant, ada.id());
    }

    private static String token(MimeMessage message) throws Exception {
        Matcher m = TOKEN.matcher((String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void theServerDownThenBackSendsTheMessageOnceWithAWorkingLink() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Roster roster = roster(port, DeliveryPolicy.defaults());
        InvitationReceipt receipt = roster.invitations().invite(admin(roster), InviteCommand.of("grace@acme.example", null));

        assertThat(roster.outbox().dispatch().retried()).isEqualTo(1);
        try (ScriptedSmtpServer back = new ScriptedSmtpServer(port)) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(roster.outbox().dispatch().sent()).isEqualTo(1);
            clock.advance(Duration.ofHours(2));
            assertThat(roster.outbox().dispatch().handled()).isZero();
            assertThat(back.accepted()).isEqualTo(1);
        }
        assertThat(roster.invitations().mailStatus(Actor.system(tenant), receipt.invitation().id()).delivery()).isEqualTo(MailDelivery.SENT);
    }

    @Test
    void aRefusalForGoodFailsAtOnceAndAResendSendsANewWorkingLink() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()) {
            server.answerRecipients("550 5.1.1 no such user");
            Roster roster = roster(server.port(), DeliveryPolicy.defaults());
            Actor admin = admin(roster);
            InvitationReceipt receipt = roster.invitations().invite(admin, InviteCommand.of("grace@acme.example", null));

            assertThat(roster.outbox().dispatch().dead()).isEqualTo(1);
            var status = roster.invitations().mailStatus(admin, receipt.invitation().id());
            assertThat(status.delivery()).isEqualTo(MailDelivery.FAILED);
            assertThat(status.attempts()).isEqualTo(1);
            assertThat(status.lastError().orElseThrow()).contains("550 5.1.1 no such user");
        }
        Roster fixed = roster(GREENMAIL.getSmtp().getPort(), DeliveryPolicy.defaults());
        Actor admin = Actor.user(tenant, fixed.users().findByEmail(Actor.system(tenant), "ada@acme.example").orElseThrow().id());
        var pending = fixed.directory().listInvitations(admin, dev.roster.core.query.InvitationListRequest.pending(5)).items().get(0);
        fixed.invitations().resend(admin, pending.id());
        assertThat(fixed.outbox().dispatch().sent()).isEqualTo(1);
        User grace = fixed.invitees().accept(tenant, token(GREENMAIL.getReceivedMessages()[0]), AcceptCommand.of(ProfileFields.EMPTY));
        assertThat(grace.email().value()).isEqualTo("grace@acme.example");
    }

    @Test
    void aRefusalForNowFailsAfterThePolicysAttempts() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()) {
            server.answerRecipients("451 4.3.0 mailbox busy");
            Roster roster = roster(server.port(), DeliveryPolicy.defaults().withRetries(3, Duration.ofSeconds(10), Duration.ofMinutes(1)));
            Actor admin = admin(roster);
            InvitationReceipt receipt = roster.invitations().invite(admin, InviteCommand.of("grace@acme.example", null));

            for (int attempt = 1; attempt <= 3; attempt++) {
                roster.outbox().dispatch();
                clock.advance(Duration.ofMinutes(2));
            }
            assertThat(roster.outbox().dispatch().handled()).isZero();
            var status = roster.invitations().mailStatus(admin, receipt.invitation().id());
            assertThat(status.delivery()).isEqualTo(MailDelivery.FAILED);
            assertThat(status.attempts()).isEqualTo(3);
            assertThat(server.connections()).isEqualTo(3);
            assertThat(server.accepted()).isZero();
        }
    }

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-27T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
