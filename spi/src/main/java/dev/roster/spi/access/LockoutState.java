package dev.roster.spi.access;

import java.time.Instant;

/**
 * Where one account stands against password guessing: its failures in the current streak, when the
 * last one was, until when it is locked (null when it is not), whether an admin must unlock it, and
 * how many temporary lockouts it has had. Kept apart from the versioned user record.
 *
 * @param failures failed sign-ins in the current streak
 * @param lastFailureAt when the last one was, or null
 * @param lockedUntil when a temporary lockout ends, or null
 * @param lockedForGood whether only an admin can unlock it
 * @param temporaryLockouts temporary lockouts so far (for lockouts that turn permanent)
 */
public record LockoutState(int failures, Instant lastFailureAt, Instant lockedUntil, boolean lockedForGood, int temporaryLockouts) {
    /** An account with no failures. */
    public static final LockoutState CLEAR = new LockoutState(0, null, null, false, 0);

    /**
     * Checks the counts.
     *
     * @param failures failed sign-ins in the current streak
     * @param lastFailureAt when the last one was, or null
     * @param lockedUntil when a temporary lockout ends, or null
     * @param lockedForGood whether only an admin can unlock it
     * @param temporaryLockouts temporary lockouts so far
     */
    public LockoutState {
        if (failures < 0 || temporaryLockouts < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /**
     * Whether the account is locked at {@code now}.
     *
     * @param now the time to judge by
     * @return true when locked for good, or within a temporary lockout
     */
    public boolean lockedAt(Instant now) {
        return lockedForGood || lockedUntil != null && now.isBefore(lockedUntil);
    }
}
