package dev.roster.core.internal.access;

import java.time.Clock;
import java.util.function.LongSupplier;

/**
 * The time in milliseconds to within one tick, read as a plain field: a daemon thread reads the
 * clock every {@link #TICK_MILLIS}. Validating a session needs the time on every request, and on
 * virtual machines reading the clock costs several times the rest of the validation; lifetimes of
 * minutes and hours lose nothing to 50 ms. Used only with the system clock: an injected clock (a
 * test's) is read directly, so it is never stale.
 */
final class CoarseClock implements LongSupplier, AutoCloseable {
    static final long TICK_MILLIS = 50;

    private final Clock clock;
    private final Thread ticker;
    private volatile long now;
    private volatile boolean running = true;

    CoarseClock(Clock clock) {
        this.clock = clock;
        this.now = clock.millis();
        this.ticker = new Thread(this::tick, "roster-session-clock");
        ticker.setDaemon(true);
        ticker.start();
    }

    /** The clock's time where it is not the system clock, else a coarse one. */
    static LongSupplier of(Clock clock, boolean systemClock) {
        return systemClock ? new CoarseClock(clock) : clock::millis;
    }

    private void tick() {
        while (running) {
            now = clock.millis();
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public long getAsLong() {
        return now;
    }

    @Override
    public void close() {
        running = false;
        ticker.interrupt();
    }
}
