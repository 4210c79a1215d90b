package dev.roster.core.credential;

import dev.roster.spi.access.PasswordHasher;
import java.time.Duration;
import java.util.Objects;

/**
 * How Roster keeps passwords: the hasher ({@code Argon2PasswordHasher} from
 * {@code roster-adapters-argon2}, or the host's), the rules a new password must meet, how long a
 * temporary password lasts, and how many hashes may run at once (each Argon2id hash holds about
 * 19 MiB; callers beyond the bound queue for {@link #hashWait()}, then get {@code BUSY}).
 */
public final class PasswordSettings {
    private final PasswordHasher hasher;
    private final PasswordRules rules;
    private final Duration temporaryLifetime;
    private final int concurrentHashes;
    private final Duration hashWait;
    private final boolean requiredAtAcceptance;
    private final LockoutPolicy lockout;
    private final Duration attemptRetention;
    private final Duration resetLifetime;
    private final int addressFailures;
    private final Duration addressWindow;

    private PasswordSettings(Builder b) {
        this.addressFailures = b.addressFailures;
        this.addressWindow = b.addressWindow;
        this.resetLifetime = b.resetLifetime;
        this.attemptRetention = b.attemptRetention;
        this.lockout = b.lockout;
        this.requiredAtAcceptance = b.requiredAtAcceptance;
        this.hasher = b.hasher;
        this.rules = b.rules;
        this.temporaryLifetime = b.temporaryLifetime;
        this.concurrentHashes = b.concurrentHashes;
        this.hashWait = b.hashWait;
    }

    /** {@return a builder; the hasher is required} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the hasher} */
    public PasswordHasher hasher() {
        return hasher;
    }

    /** {@return the rules a new password must meet} */
    public PasswordRules rules() {
        return rules;
    }

    /** {@return how long a temporary password works} */
    public Duration temporaryLifetime() {
        return temporaryLifetime;
    }

    /** {@return how many hashes may run at once} */
    public int concurrentHashes() {
        return concurrentHashes;
    }

    /** {@return how long a caller queues for a hashing slot} */
    public Duration hashWait() {
        return hashWait;
    }

    /** {@return how long recorded sign-in attempts are kept} */
    public Duration attemptRetention() {
        return attemptRetention;
    }

    /** {@return how many failed sign-ins one client address may make within {@link #addressWindow()}; 0 when there is no budget} */
    public int addressFailures() {
        return addressFailures;
    }

    /** {@return the window of the per-address budget} */
    public Duration addressWindow() {
        return addressWindow;
    }

    /** {@return how long a password-reset link works, from the request} */
    public Duration resetLifetime() {
        return resetLifetime;
    }

    /** {@return how accounts answer password guessing} */
    public LockoutPolicy lockout() {
        return lockout;
    }

    /** {@return whether an invitee must set a password when accepting (true unless set otherwise)} */
    public boolean requiredAtAcceptance() {
        return requiredAtAcceptance;
    }

    /** Sets the parts; {@link #build()} says what is missing. */
    public static final class Builder {
        private PasswordHasher hasher;
        private PasswordRules rules = PasswordRules.defaults();
        private Duration temporaryLifetime = Duration.ofDays(3);
        private int concurrentHashes = Math.max(1, Runtime.getRuntime().availableProcessors());
        private Duration hashWait = Duration.ofSeconds(5);
        private boolean requiredAtAcceptance = true;
        private LockoutPolicy lockout = LockoutPolicy.defaults();
        private Duration attemptRetention = Duration.ofDays(90);
        private Duration resetLifetime = Duration.ofMinutes(30);
        private int addressFailures;
        private Duration addressWindow = Duration.ofMinutes(15);

        private Builder() {
        }

        /**
         * A budget of failed sign-ins per client address, across every account and tenant, against
         * password spraying (many accounts, a few guesses each, which no account's lockout sees). Past
         * it, sign-ins from that address are refused (the same refusal as any other, recorded as
         * {@code ADDRESS_THROTTLED}) without checking the password, until the window has room again.
         * Off unless set: behind a proxy that does not pass the client's address, every client shares one.
         *
         * @param failures how many failures an address may make within the window (at least 1)
         * @param window how far back failures count
         * @return this builder
         */
        public Builder addressBudget(int failures, Duration window) {
            if (failures < 1 || window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("an address budget allows at least one failure within a positive window");
            }
            this.addressFailures = failures;
            this.addressWindow = window;
            return this;
        }

        /**
         * @param value how long a password-reset link works, from the request (30 minutes unless set)
         * @return this builder
         */
        public Builder resetLifetime(Duration value) {
            this.resetLifetime = Objects.requireNonNull(value, "resetLifetime");
            return this;
        }

        /**
         * @param value how long recorded sign-in attempts are kept (90 days unless set)
         * @return this builder
         */
        public Builder attemptRetention(Duration value) {
            this.attemptRetention = Objects.requireNonNull(value, "attemptRetention");
            return this;
        }

        /**
         * @param value how accounts answer password guessing ({@link LockoutPolicy#defaults()} unless set)
         * @return this builder
         */
        public Builder lockout(LockoutPolicy value) {
            this.lockout = Objects.requireNonNull(value, "lockout");
            return this;
        }

        /**
         * Whether an invitee must set a password when accepting; false for a host that signs some
         * people in another way (single sign-on, say), who then accept without one.
         *
         * @param value true unless set otherwise
         * @return this builder
         */
        public Builder requiredAtAcceptance(boolean value) {
            this.requiredAtAcceptance = value;
            return this;
        }

        /**
         * @param value the hasher (required)
         * @return this builder
         */
        public Builder hasher(PasswordHasher value) {
            this.hasher = Objects.requireNonNull(value, "hasher");
            return this;
        }

        /**
         * @param value the rules (NIST-style defaults unless set)
         * @return this builder
         */
        public Builder rules(PasswordRules value) {
            this.rules = Objects.requireNonNull(value, "rules");
            return this;
        }

        /**
         * @param value how long a temporary password works (3 days unless set)
         * @return this builder
         */
        public Builder temporaryLifetime(Duration value) {
            this.temporaryLifetime = Objects.requireNonNull(value, "temporaryLifetime");
            return this;
        }

        /**
         * @param slots how many hashes may run at once (one per processor unless set)
         * @param wait how long a caller queues before {@code BUSY} (5 s unless set)
         * @return this builder
         */
        public Builder hashing(int slots, Duration wait) {
            this.concurrentHashes = slots;
            this.hashWait = Objects.requireNonNull(wait, "wait");
            return this;
        }

        /**
         * @return the settings
         * @throws IllegalStateException without a hasher, or with a lifetime or bound that cannot work
         */
        public PasswordSettings build() {
            if (hasher == null) {
                throw new IllegalStateException("PasswordSettings.builder() needs a hasher: .hasher(Argon2PasswordHasher.owaspMinimum())");
            }
            if (temporaryLifetime.isNegative() || temporaryLifetime.isZero() || concurrentHashes < 1 || hashWait.isNegative()
                    || attemptRetention.isNegative() || attemptRetention.isZero() || resetLifetime.isNegative() || resetLifetime.isZero()) {
                throw new IllegalStateException("a temporary password must last a while, at least one hash must run at a time, and the wait"
                        + " may not be negative");
            }
            return new PasswordSettings(this);
        }
    }
}
