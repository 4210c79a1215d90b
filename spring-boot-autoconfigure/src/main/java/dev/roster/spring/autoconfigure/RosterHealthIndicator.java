package dev.roster.spring.autoconfigure;

import dev.roster.core.Roster;
import dev.roster.spi.outbox.OutboxBacklog;
import java.time.Duration;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Roster's health as Actuator shows it: the outbox's backlog (queued, due now, given up) and its lag, the
 * time the longest-waiting due message has waited. DOWN when that lag passes {@code roster.mail.max-lag}
 * (mail is not leaving) or when the store cannot be read; dead messages are reported, not DOWN, as one bad
 * address is no outage.
 */
public class RosterHealthIndicator extends AbstractHealthIndicator {
    private final Roster roster;
    private final Duration maxLag;

    /**
     * The indicator of one Roster.
     *
     * @param roster Roster
     * @param maxLag the longest a due message may wait while Roster is UP
     */
    public RosterHealthIndicator(Roster roster, Duration maxLag) {
        super("Roster's outbox could not be read");
        this.roster = roster;
        this.maxLag = maxLag;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        OutboxBacklog backlog = roster.outbox().backlog();
        Duration lag = backlog.lag(roster.clock().instant());
        (lag.compareTo(maxLag) > 0 ? builder.down() : builder.up()).withDetail("outboxQueued", backlog.queued())
                .withDetail("outboxDue", backlog.due()).withDetail("outboxDead", backlog.dead()).withDetail("outboxLag", lag.toString())
                .withDetail("outboxMaxLag", maxLag.toString());
    }
}
