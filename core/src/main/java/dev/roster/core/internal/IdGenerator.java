package dev.roster.core.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDs (version 7, RFC 9562): new rows land at the end of an index instead of at
 * random pages, which keeps inserts into a large table cheap. Within one millisecond the 12-bit
 * counter field increases (RFC 9562, method 1), so ids made one after another also sort in order:
 * audit entries written at the same instant keep their order.
 */
public final class IdGenerator {
    private static final long COUNTER_MASK = 0x0FFFL;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private long lastMsb;

    public IdGenerator(Clock clock) {
        this.clock = clock;
    }

    public synchronized UUID next() {
        long msb = (clock.millis() << 16) | 0x7000L | (random.nextInt(1 << 10));
        if (Long.compareUnsigned(msb, lastMsb) <= 0) {
            msb = (lastMsb & COUNTER_MASK) == COUNTER_MASK
                    ? (((lastMsb >>> 16) + 1) << 16) | 0x7000L
                    : lastMsb + 1;
        }
        lastMsb = msb;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
