package dev.roster.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.mail.DeliveryPolicy;
import dev.roster.core.mail.MailSettings;
import dev.roster.core.mail.SealingKey;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.mail.MailConnection;
import dev.roster.spi.mail.MailTransport;
import dev.roster.spi.model.TenantId;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Roster's mail from properties: the SMTP server, the sealing key, the worker's lifecycle, and mail that waits for the commit. */
class RosterMailAutoConfigurationTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
    private static final String KEY = SealingKey.generate("k1").toBase64();
    private static final TenantId ACME = TenantId.of("acme");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RosterJdbcAutoConfiguration.class, RosterMailAutoConfiguration.class,
                    RosterAutoConfiguration.class))
            .withBean(DataSource.class, RosterMailAutoConfigurationTest::h2);
    private static final String LINK = "roster.invitation-link=https://app.example/invite?token={token}";

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    private String[] mailOn(String... more) {
        String[] on = {"roster.mail.from=no-reply@acme.example", "roster.mail.product-name=Acme", "roster.mail.sealing-key=" + KEY,
            "roster.mail.host=localhost", "roster.mail.port=" + SMTP.getSmtp().getPort(), "roster.mail.security=none", LINK};
        String[] all = java.util.Arrays.copyOf(on, on.length + more.length);
        System.arraycopy(more, 0, all, on.length, more.length);
        return all;
    }

    private static Actor admin(Roster roster) {
        var ada = roster.tenants().bootstrap(new TenantBootstrap(ACME, "Acme", "ada@acme.example", ProfileFields.named("Ada", "L"), null, null));
        return Actor.user(ACME, ada.id());
    }

    /**
     * The worker looks for mail only once an hour here, so the invitation arrives within seconds only because the
     * commit of the application's transaction woke it; the rolled-back one never leaves.
     */
    @Test
    void mailQueuedInTheApplicationsTransactionLeavesWhenItCommitsAndNeverWhenItRollsBack() throws Exception {
        runner.withPropertyValues(mailOn()).withBean(DeliveryPolicy.class, () -> DeliveryPolicy.defaults().withPollInterval(Duration.ofHours(1)))
                .run(context -> {
                    Roster roster = context.getBean(Roster.class);
                    RosterOutboxWorker worker = context.getBean(RosterOutboxWorker.class);
                    assertThat(worker.isRunning()).isTrue();
                    Actor admin = admin(roster);
                    TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(context.getBean(DataSource.class)));
                    // Once a first mail has arrived, the worker's first look is behind it: from here on only a wake sends at once.
                    transaction.executeWithoutResult(status -> roster.invitations().invite(admin, InviteCommand.of("first@acme.example", null)));
                    assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
                    catchThrowable(() -> transaction.executeWithoutResult(status -> {
                        roster.invitations().invite(admin, InviteCommand.of("lost@acme.example", null));
                        throw new IllegalStateException("the application's own step fails");
                    }));
                    transaction.executeWithoutResult(status -> roster.invitations().invite(admin, InviteCommand.of("grace@acme.example", null)));
                    assertThat(SMTP.waitForIncomingEmail(5_000, 2)).as("sent after the commit, not at the next look an hour later").isTrue();
                    assertThat(SMTP.getReceivedMessages()).hasSize(2);
                    assertThat(SMTP.getReceivedMessages()[1].getAllRecipients()[0].toString()).isEqualTo("grace@acme.example");
                    assertThat(roster.outbox().dispatch().handled()).as("nothing of the rolled-back invitation is queued").isZero();
                    context.close();
                    assertThat(worker.isRunning()).as("stopped with the context").isFalse();
                });
    }

    @Test
    void springsMailPropertiesNameTheServerWhenRostersDoNot() {
        runner.withPropertyValues(LINK, "roster.mail.from=no-reply@acme.example", "roster.mail.sealing-key=" + KEY, "spring.mail.host=localhost",
                "spring.mail.port=" + SMTP.getSmtp().getPort(), "roster.mail.security=none", "roster.mail.worker.enabled=false").run(context -> {
                    assertThat(context).doesNotHaveBean(RosterOutboxWorker.class);
                    assertThat(context.getBean(MailTransport.class).toString()).contains("localhost:" + SMTP.getSmtp().getPort()).contains("NONE");
                    Roster roster = context.getBean(Roster.class);
                    roster.invitations().invite(admin(roster), InviteCommand.of("grace@acme.example", null));
                    assertThat(roster.outbox().dispatch().sent()).isEqualTo(1);
                    assertThat(SMTP.getReceivedMessages()).hasSize(1);
                });
    }

    @Test
    void withoutAFromAddressRosterSendsNoMailAndRunsNoWorker() {
        runner.withPropertyValues("spring.mail.host=localhost").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(MailSettings.class).doesNotHaveBean(RosterOutboxWorker.class)
                    .doesNotHaveBean(MailTransport.class);
            assertThat(catchThrowable(() -> context.getBean(Roster.class).outbox().startWorker())).hasMessageContaining("withoutMail");
        });
    }

    @Test
    void mailWithoutASealingKeyOrAServerStopsTheStartSayingWhatToAdd() {
        runner.withPropertyValues("roster.mail.from=no-reply@acme.example", "roster.mail.host=localhost").run(context -> assertThat(context)
                .hasFailed().getFailure().rootCause().hasMessageContaining("roster.mail.sealing-key").hasMessageContaining("SealingKey.generate"));
        runner.withPropertyValues("roster.mail.from=no-reply@acme.example", "roster.mail.sealing-key=" + KEY).run(context -> assertThat(context)
                .hasFailed().getFailure().rootCause().hasMessageContaining("roster.mail.host (or spring.mail.host)"));
    }

    @Test
    void theApplicationsTransportTakesThePlaceOfSmtp() {
        MailTransport own = new MailTransport() {
            @Override
            public MailConnection open() {
                throw new UnsupportedOperationException("not sent in this test");
            }
        };
        runner.withPropertyValues(LINK, "roster.mail.from=no-reply@acme.example", "roster.mail.sealing-key=" + KEY)
                .withBean(MailTransport.class, () -> own).run(context -> {
                    assertThat(context.getBean(MailTransport.class)).isSameAs(own);
                    assertThat(context.getBean(MailSettings.class).transport()).isSameAs(own);
                });
    }

    @Test
    void theSettingsNeverPrintThePasswordOrTheKeys() {
        runner.withPropertyValues(mailOn("roster.mail.security=starttls", "roster.mail.username=relay", "roster.mail.password=hunter2-secret", "roster.console.form-key=" + KEY,
                "roster.mail.retired-sealing-keys.k0=" + KEY, "roster.mail.worker.enabled=false")).run(context -> {
                    String printed = context.getBean(RosterProperties.class).toString();
                    assertThat(printed).contains("relay").doesNotContain("hunter2-secret").doesNotContain(KEY);
                    assertThat(context.getBean(MailTransport.class).toString()).doesNotContain("hunter2-secret");
                });
    }

    /** Spring's mail settings never lead to plain text: SMTPS where they ask for it, else STARTTLS. */
    @Test
    void springsMailSettingsGiveTlsOrStarttlsNeverPlainText() {
        String[][] setups = {{}, {"spring.mail.properties[mail.smtp.starttls.enable]=true"}, {"spring.mail.port=587"},
            {"spring.mail.properties.mail.smtp.ssl.enable=true", "spring.mail.port=465"}, {"spring.mail.protocol=smtps"}};
        String[] expected = {"STARTTLS", "STARTTLS", "STARTTLS", "TLS", "TLS"};
        for (int i = 0; i < setups.length; i++) {
            String want = expected[i];
            runner.withPropertyValues(LINK, "roster.mail.from=no-reply@acme.example", "roster.mail.sealing-key=" + KEY, "spring.mail.host=smtp.example",
                    "roster.mail.worker.enabled=false").withPropertyValues(setups[i]).run(context -> assertThat(
                            context.getBean(MailTransport.class).toString()).endsWith(", " + want + "]"));
        }
    }

    /** Each start failure names the property to fix, and never repeats a secret. */
    @Test
    void aBadSealingKeyOrAMissingLinkStopsTheStartNamingTheProperty() {
        String shortKey = java.util.Base64.getEncoder().encodeToString("sixteen-byte-key".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        runner.withPropertyValues(mailOn("roster.mail.sealing-key=" + shortKey, "roster.mail.worker.enabled=false")).run(context -> {
            assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("roster.mail.sealing-key");
            assertThat(String.valueOf(context.getStartupFailure())).doesNotContain(shortKey);
        });
        runner.withPropertyValues(mailOn("roster.mail.retired-sealing-keys.k0=not-a-key", "roster.mail.worker.enabled=false"))
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("roster.mail.retired-sealing-keys.k0"));
        runner.withPropertyValues("roster.mail.from=no-reply@acme.example", "roster.mail.sealing-key=" + KEY, "roster.mail.host=localhost")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("roster.invitation-link"));
    }
}
