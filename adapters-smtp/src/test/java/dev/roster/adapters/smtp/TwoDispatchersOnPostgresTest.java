package dev.roster.adapters.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.roster.adapters.jdbc.JdbcRosterStore;
import dev.roster.adapters.jdbc.SchemaMode;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.invitation.BatchInviteCommand;
import dev.roster.core.mail.DispatchReport;
import dev.roster.core.mail.MailSettings;
import dev.roster.core.mail.SealingKey;
import dev.roster.core.mail.TenantMail;
import dev.roster.core.policy.Policy;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.mail.templates.MustacheMailRenderer;
import dev.roster.spi.mail.MailSender;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two application instances on one PostgreSQL, each with its own pool and dispatcher, over 1,000
 * queued invitations: every message reaches the SMTP server exactly once.
 */
class TwoDispatchersOnPostgresTest {
    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
    private static final int MESSAGES = 1000;

    private static EmbeddedPostgres postgres;
    private static final List<HikariDataSource> POOLS = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        POOLS.forEach(HikariDataSource::close);
        postgres.close();
    }

    private static Roster instance(SealingKey key, SchemaMode schema) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(4);
        HikariDataSource pool = new HikariDataSource(config);
        POOLS.add(pool);
        SmtpMailTransport smtp = SmtpMailTransport.builder().host("localhost").port(GREENMAIL.getSmtp().getPort())
                .security(SmtpSecurity.NONE).build();
        return Roster.builder().store(JdbcRosterStore.builder().dataSource(pool).schema(schema).build()).policy(Policy.builder()
                        .permissions(SmtpOutboxTest.policy().permissions()).adminPermission(SmtpOutboxTest.policy().adminPermission())
                        .role(SmtpOutboxTest.policy().role(dev.roster.spi.model.RoleId.of("admin")))
                        .role(SmtpOutboxTest.policy().role(dev.roster.spi.model.RoleId.of("member")))
                        .defaultRole(dev.roster.spi.model.RoleId.of("member")).maxBatchInvites(MESSAGES).build())
                .invitationLink("https://app.example/invite?token={token}")
                .mail(MailSettings.builder().renderer(MustacheMailRenderer.withDefaults()).transport(smtp)
                        .from(TenantMail.of("Acme", new MailSender("Acme", EmailAddress.of("no-reply@acme.example")))).sealingKey(key).build())
                .build();
    }

    @Test
    void everyMessageIsDeliveredExactlyOnce() throws Exception {
        SealingKey key = SealingKey.generate("shared");
        Roster first = instance(key, SchemaMode.MIGRATE);
        Roster second = instance(key, SchemaMode.VALIDATE);
        TenantId tenant = TenantId.of("acme");
        User ada = first.tenants().bootstrap(TenantBootstrap.of(tenant, "Acme", "ada@acme.example"));
        List<String> addresses = IntStream.range(0, MESSAGES).mapToObj(i -> "person" + i + "@acme.example").toList();
        assertThat(first.invitations().inviteAll(Actor.user(tenant, ada.id()), new BatchInviteCommand(addresses, null, null, null, null, false))
                .invited()).hasSize(MESSAGES);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<DispatchReport> reports = new ArrayList<>();
        try {
            Future<DispatchReport> a = threads.submit(() -> first.outbox().dispatch());
            Future<DispatchReport> b = threads.submit(() -> second.outbox().dispatch());
            reports.add(a.get());
            reports.add(b.get());
        } finally {
            threads.shutdownNow();
        }

        assertThat(GREENMAIL.waitForIncomingEmail(Duration.ofSeconds(30).toMillis(), MESSAGES)).isTrue();
        MimeMessage[] received = GREENMAIL.getReceivedMessages();
        Set<String> ids = new HashSet<>();
        Set<String> recipients = new HashSet<>();
        for (MimeMessage message : received) {
            ids.add(message.getMessageID());
            recipients.add(message.getAllRecipients()[0].toString());
        }
        assertThat(received).hasSize(MESSAGES);
        assertThat(ids).hasSize(MESSAGES);
        assertThat(recipients).hasSize(MESSAGES);
        assertThat(reports.get(0).sent() + reports.get(1).sent()).isEqualTo(MESSAGES);
        assertThat(first.outbox().dispatch().handled() + second.outbox().dispatch().handled()).isZero();
        System.out.printf("dispatchers sent %d and %d%n", reports.get(0).sent(), reports.get(1).sent());
    }
}
