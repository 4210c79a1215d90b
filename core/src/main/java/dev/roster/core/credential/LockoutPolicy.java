package dev.roster.core.credential;

import dev.roster.spi.access.LockoutState;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How an account answers password guessing, in the modes Keycloak offers. After
 * {@code maxFailures} failures in a streak (a streak ends {@code failureReset} after its last
 * failure, or at a successful sign-in) the account is locked:
 * <ul>
 *   <li>{@link Mode#TEMPORARY}: for a wait that grows with each further failure, up to {@code maxWait}:
 *       by {@link Strategy#MULTIPLE} one {@code waitIncrement} for every {@code maxFailures} failures
 *       (5 failures and 30 s: waits 0, 0, 0, 0, 30, 30, 30, 30, 30, 60 s...), by {@link Strategy#LINEAR}
 *       one more increment for each failure (0, 0, 0, 0, 30, 60, 90 s...);</li>
 *   <li>{@link Mode#PERMANENT}: until an admin unlocks it;</li>
 *   <li>{@link Mode#TEMPORARY_THEN_PERMANENT}: temporarily, and for good at the lockout after
 *       {@code maxTemporaryLockouts} temporary ones.</li>
 * </ul>
 */
public final class LockoutPolicy {
    /** What a lockout is. */
    public enum Mode {
        /** No lockout. */
        OFF,
        /** A wait that grows with the failures. */
        TEMPORARY,
        /** Until an admin unlocks the account. */
        PERMANENT,
        /** Temporary, then for good after a number of temporary lockouts. */
        TEMPORARY_THEN_PERMANENT
    }

    /** How the wait grows. */
    public enum Strategy {
        /** One increment per {@code maxFailures} failures. */
        MULTIPLE,
        /** One increment per failure past {@code maxFailures - 1}. */
        LINEAR
    }

    private static final LockoutPolicy DEFAULTS = new LockoutPolicy(Mode.TEMPORARY, Strategy.MULTIPLE, 5, Duration.ofSeconds(30),
            Duration.ofMinutes(15), Duration.ofHours(12), 0);

    private final Mode mode;
    private final Strategy strategy;
    private final int maxFailures;
    private final Duration waitIncrement;
    private final Duration maxWait;
    private final Duration failureReset;
    private final int maxTemporaryLockouts;

    private LockoutPolicy(Mode mode, Strategy strategy, int maxFailures, Duration waitIncrement, Duration maxWait, Duration failureReset,
            int maxTemporaryLockouts) {
        this.mode = mode;
        this.strategy = strategy;
        this.maxFailures = maxFailures;
        this.waitIncrement = waitIncrement;
        this.maxWait = maxWait;
        this.failureReset = failureReset;
        this.maxTemporaryLockouts = maxTemporaryLockouts;
    }

    /** {@return temporary lockouts after 5 failures, 30 s more per 5 failures, at most 15 min, streaks ending after 12 h} */
    public static LockoutPolicy defaults() {
        return DEFAULTS;
    }

    /** {@return no lockout} */
    public static LockoutPolicy off() {
        return new LockoutPolicy(Mode.OFF, Strategy.MULTIPLE, 1, Duration.ZERO, Duration.ZERO, Duration.ofHours(12), 0);
    }

    /**
     * Temporary lockouts.
     *
     * @param strategy how the wait grows
     * @param maxFailures failures in a streak before the first lockout (at least 1)
     * @param waitIncrement the step of the wait (positive)
     * @param maxWait the longest wait
     * @param failureReset how long after its last failure a streak ends (positive)
     * @return the policy
     */
    public static LockoutPolicy temporary(Strategy strategy, int maxFailures, Duration waitIncrement, Duration maxWait,
            Duration failureReset) {
        return checked(Mode.TEMPORARY, strategy, maxFailures, waitIncrement, maxWait, failureReset, 0);
    }

    /**
     * Lockouts until an admin unlocks the account.
     *
     * @param maxFailures failures in a streak before the lockout (at least 1)
     * @param failureReset how long after its last failure a streak ends (positive)
     * @return the policy
     */
    public static LockoutPolicy permanent(int maxFailures, Duration failureReset) {
        return checked(Mode.PERMANENT, Strategy.MULTIPLE, maxFailures, Duration.ofSeconds(1), Duration.ofSeconds(1), failureReset, 0);
    }

    /**
     * Temporary lockouts, the one after {@code maxTemporaryLockouts} of them for good.
     *
     * @param strategy how the wait grows
     * @param maxFailures failures in a streak before a lockout (at least 1)
     * @param waitIncrement the step of the wait (positive)
     * @param maxWait the longest wait
     * @param failureReset how long after its last failure a streak ends (positive)
     * @param maxTemporaryLockouts temporary lockouts before the permanent one (at least 1)
     * @return the policy
     */
    public static LockoutPolicy temporaryThenPermanent(Strategy strategy, int maxFailures, Duration waitIncrement, Duration maxWait,
            Duration failureReset, int maxTemporaryLockouts) {
        if (maxTemporaryLockouts < 1) {
            throw new IllegalArgumentException("at least one temporary lockout comes before the permanent one");
        }
        return checked(Mode.TEMPORARY_THEN_PERMANENT, strategy, maxFailures, waitIncrement, maxWait, failureReset, maxTemporaryLockouts);
    }

    private static LockoutPolicy checked(Mode mode, Strategy strategy, int maxFailures, Duration waitIncrement, Duration maxWait,
            Duration failureReset, int maxTemporaryLockouts) {
        Objects.requireNonNull(strategy, "strategy");
        if (maxFailures < 1 || !positive(waitIncrement) || maxWait == null || maxWait.compareTo(waitIncrement) < 0 || !positive(failureReset)) {
            throw new IllegalArgumentException("a lockout needs at least one failure, a positive wait increment and reset time, and a"
                    + " longest wait no shorter than the increment");
        }
        return new LockoutPolicy(mode, strategy, maxFailures, waitIncrement, maxWait, failureReset, maxTemporaryLockouts);
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }

    /** {@return the mode} */
    public Mode mode() {
        return mode;
    }

    /**
     * The state after one more failed sign-in at {@code now}. Counting starts again when the last
     * failure is older than the reset time; failures while locked count too.
     *
     * @param before the state before it
     * @param now when it failed
     * @return the state after it
     */
    public LockoutState afterFailure(LockoutState before, Instant now) {
        if (mode == Mode.OFF) {
            return before;
        }
        boolean streakEnded = before.lastFailureAt() != null && !now.isBefore(before.lastFailureAt().plus(failureReset));
        int failures = (streakEnded ? 0 : before.failures()) + 1;
        if (before.lockedForGood() || failures < maxFailures) {
            return new LockoutState(failures, now, streakEnded ? null : before.lockedUntil(), before.lockedForGood(), before.temporaryLockouts());
        }
        if (mode == Mode.PERMANENT || mode == Mode.TEMPORARY_THEN_PERMANENT && before.temporaryLockouts() >= maxTemporaryLockouts) {
            return new LockoutState(failures, now, null, true, before.temporaryLockouts());
        }
        boolean newLockout = before.lockedUntil() == null || !now.isBefore(before.lockedUntil());
        return new LockoutState(failures, now, now.plus(waitAfter(failures)), false,
                before.temporaryLockouts() + (newLockout ? 1 : 0));
    }

    /**
     * The state after a successful sign-in: the streak ends (a lockout, temporary or for good, is
     * never lifted by a sign-in, since a locked account cannot sign in).
     *
     * @param before the state before it
     * @return the state after it
     */
    public LockoutState afterSuccess(LockoutState before) {
        return new LockoutState(0, null, null, before.lockedForGood(), before.temporaryLockouts());
    }

    /**
     * What an admin's lock leaves: the account locked until an admin unlocks it, whatever the mode.
     *
     * @param before the state before it
     * @return the locked state
     */
    public static LockoutState lockedByAdmin(LockoutState before) {
        return new LockoutState(before.failures(), before.lastFailureAt(), before.lockedUntil(), true, before.temporaryLockouts());
    }

    /**
     * What an admin's unlock leaves: nothing held against the account.
     *
     * @return the clear state
     */
    public LockoutState unlocked() {
        return LockoutState.CLEAR;
    }

    /** The wait after the {@code failures}-th failure of a streak (zero below the threshold). */
    Duration waitAfter(int failures) {
        if (failures < maxFailures) {
            return Duration.ZERO;
        }
        long steps = strategy == Strategy.MULTIPLE ? failures / maxFailures : failures - maxFailures + 1L;
        Duration wait = waitIncrement.multipliedBy(Math.min(steps, Integer.MAX_VALUE));
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    @Override
    public String toString() {
        return "LockoutPolicy(" + mode + ", " + strategy + ", after " + maxFailures + " failures, +" + waitIncrement + " up to " + maxWait
                + ", streaks end after " + failureReset + (mode == Mode.TEMPORARY_THEN_PERMANENT ? ", for good after " + maxTemporaryLockouts
                + " lockouts" : "") + ")";
    }
}
