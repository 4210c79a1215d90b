package dev.roster.spring.autoconfigure;

import dev.roster.core.Roster;
import dev.roster.spi.outbox.OutboxBacklog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * The outbox's gauges: {@code roster.outbox.messages} (tag {@code state}: queued, due, dead) and
 * {@code roster.outbox.lag}, how long the longest-waiting due message has waited. One scrape reads the
 * store once: the backlog is kept for a few seconds.
 */
public class RosterOutboxMeters implements MeterBinder {
    private static final long KEPT_NANOS = Duration.ofSeconds(5).toNanos();
    private final Roster roster;
    private OutboxBacklog backlog;
    private long readAt;

    /**
     * The gauges of one Roster's outbox.
     *
     * @param roster Roster
     */
    public RosterOutboxMeters(Roster roster) {
        this.roster = roster;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "queued", b -> b.queued());
        gauge(registry, "due", b -> b.due());
        gauge(registry, "dead", b -> b.dead());
        TimeGauge.builder("roster.outbox.lag", this, TimeUnit.SECONDS,
                m -> m.backlog().lag(roster.clock().instant()).toMillis() / 1000.0).description("how long the oldest due mail has waited")
                .register(registry);
    }

    private void gauge(MeterRegistry registry, String state, ToDoubleFunction<OutboxBacklog> count) {
        Gauge.builder("roster.outbox.messages", this, m -> count.applyAsDouble(m.backlog())).tag("state", state)
                .description("messages in Roster's outbox").register(registry);
    }

    private synchronized OutboxBacklog backlog() {
        long now = System.nanoTime();
        if (backlog == null || now - readAt > KEPT_NANOS) {
            backlog = roster.outbox().backlog();
            readAt = now;
        }
        return backlog;
    }
}
