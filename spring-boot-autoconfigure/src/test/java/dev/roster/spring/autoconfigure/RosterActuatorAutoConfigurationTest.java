package dev.roster.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.inmemory.RecordingMailTransport;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.mail.SealingKey;
import dev.roster.core.support.TestClock;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.mail.MailTransport;
import dev.roster.spi.model.TenantId;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Roster under Actuator: the outbox's health and lag, and the counters and gauges in Micrometer. */
class RosterActuatorAutoConfigurationTest {
    private static final TenantId ACME = TenantId.of("acme");
    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RosterJdbcAutoConfiguration.class, RosterMailAutoConfiguration.class,
                    RosterAutoConfiguration.class, RosterActuatorAutoConfiguration.class))
            .withBean(DataSource.class, RosterActuatorAutoConfigurationTest::h2).withBean(Clock.class, () -> clock)
            .withBean(MailTransport.class, RecordingMailTransport::new)
            .withPropertyValues("roster.mail.from=no-reply@acme.example", "roster.mail.sealing-key=" + SealingKey.generate("k1").toBase64(),
                    "roster.mail.worker.enabled=false", "roster.mail.max-lag=10m", "roster.invitation-link=https://app.example/i?token={token}");

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    private static Actor admin(Roster roster) {
        var ada = roster.tenants().bootstrap(new TenantBootstrap(ACME, "Acme", "ada@acme.example", ProfileFields.named("Ada", "L"), null, null));
        return Actor.user(ACME, ada.id());
    }

    @Test
    void theHealthShowsTheBacklogAndIsDownOnceMailWaitsLongerThanTheMaximumLag() {
        runner.run(context -> {
            Roster roster = context.getBean(Roster.class);
            HealthIndicator health = context.getBean("rosterHealthIndicator", HealthIndicator.class);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            roster.invitations().invite(admin(roster), InviteCommand.of("grace@acme.example", null));
            clock.advance(Duration.ofMinutes(9));
            Health waiting = health.health();
            assertThat(waiting.getStatus()).isEqualTo(Status.UP);
            assertThat(waiting.getDetails()).containsEntry("outboxQueued", 1L).containsEntry("outboxDue", 1L).containsEntry("outboxDead", 0L)
                    .containsEntry("outboxLag", "PT9M");
            clock.advance(Duration.ofMinutes(2));
            assertThat(health.health().getStatus()).as("mail has waited 11 minutes").isEqualTo(Status.DOWN);
            roster.outbox().dispatch();
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        });
    }

    @Test
    void theCountersAndGaugesFollowWhatRosterDoes() {
        runner.run(context -> {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            context.getBeansOfType(MeterBinder.class).values().forEach(binder -> binder.bindTo(registry));
            Roster roster = context.getBean(Roster.class);
            roster.invitations().invite(admin(roster), InviteCommand.of("grace@acme.example", null));
            clock.advance(Duration.ofSeconds(30));
            assertThat(registry.get("roster.invitations.issued").counter().count()).isEqualTo(1.0);
            assertThat(registry.get("roster.outbox.messages").tag("state", "due").gauge().value()).isEqualTo(1.0);
            assertThat(registry.get("roster.outbox.lag").timeGauge().value(TimeUnit.SECONDS)).isEqualTo(30.0);
            roster.outbox().dispatch();
            assertThat(registry.get("roster.mail.dispatched").tag("outcome", "sent").counter().count()).isEqualTo(1.0);
        });
    }

    @Test
    void withoutActuatorOrMicrometerOrWhenTurnedOffItAddsNothing() {
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class, MeterBinder.class)).run(context -> assertThat(context)
                .hasNotFailed().hasSingleBean(Roster.class).doesNotHaveBean(RosterHealthIndicator.class).doesNotHaveBean(RosterMetrics.class)
                .doesNotHaveBean(RosterOutboxMeters.class));
        runner.withPropertyValues("management.health.roster.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(RosterHealthIndicator.class).hasSingleBean(RosterMetrics.class));
    }
}
