package dev.roster.core.error;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;
import java.time.Duration;

/**
 * Too many password hashes are being computed at once and this one waited its limit; nothing was
 * done. Hashing is bounded so that a flood of sign-ins cannot exhaust memory (Argon2id takes
 * about 19 MiB a hash).
 */
public class BusyException extends RosterException {
    /** How long the call waited. */
    private final Duration waited;

    /**
     * A call that found no free hashing slot in time.
     *
     * @param waited how long it waited
     */
    public BusyException(Duration waited) {
        super(ErrorCode.BUSY, "too many password checks at once; waited " + waited.toMillis() + " ms, try again shortly");
        this.waited = waited;
    }

    /** {@return how long the call waited} */
    public Duration waited() {
        return waited;
    }
}
