package dev.roster.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The host's clock cut to microseconds, the precision databases keep, so an instant Roster hands
 * out equals the one it reads back. ({@code Clock.tick} with a sub-millisecond tick fails in
 * {@code millis()} on Java 17, hence this small class.)
 */
public final class MicrosecondClock extends Clock {
    private final Clock base;

    public MicrosecondClock(Clock base) {
        this.base = base;
    }

    @Override
    public Instant instant() {
        return base.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public long millis() {
        return base.millis();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MicrosecondClock(base.withZone(zone));
    }
}
