package dev.roster.core.session;

import dev.roster.spi.access.DeviceReader;
import java.time.Duration;
import java.util.Objects;

/**
 * How sessions last: an idle timeout and an absolute lifetime (30 minutes and 12 hours unless set),
 * how many one user may hold at once and what happens at that bound, how often a session's last
 * activity is written (about once a minute: a busy session does not write on every request), and
 * what names a session's browser and operating system.
 */
public final class SessionSettings {
    /** What a sign-in does when its user already holds the most sessions allowed. */
    public enum WhenFull {
        /** End the user's oldest sessions to make room (the default). */
        EVICT_OLDEST,
        /** Refuse the sign-in with {@code TOO_MANY_SESSIONS}. */
        REFUSE
    }

    private final Duration idleTimeout;
    private final Duration absoluteLifetime;
    private final int maxPerUser;
    private final WhenFull whenFull;
    private final Duration touchInterval;
    private final DeviceReader devices;
    private final boolean endOnPasswordChange;

    private SessionSettings(Builder b) {
        this.idleTimeout = b.idleTimeout;
        this.absoluteLifetime = b.absoluteLifetime;
        this.maxPerUser = b.maxPerUser;
        this.whenFull = b.whenFull;
        this.touchInterval = b.touchInterval;
        this.devices = b.devices;
        this.endOnPasswordChange = b.endOnPasswordChange;
    }

    /** {@return the defaults: 30 minutes idle, 12 hours at most, no bound on sessions per user, no device names} */
    public static SessionSettings defaults() {
        return builder().build();
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return how long an unused session lasts} */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** {@return how long a session lasts however much it is used} */
    public Duration absoluteLifetime() {
        return absoluteLifetime;
    }

    /** {@return the most sessions one user holds at once, 0 for no bound} */
    public int maxPerUser() {
        return maxPerUser;
    }

    /** {@return what a sign-in does at that bound} */
    public WhenFull whenFull() {
        return whenFull;
    }

    /** {@return how often a session's last activity is written at most} */
    public Duration touchInterval() {
        return touchInterval;
    }

    /** {@return what names a session's browser and operating system} */
    public DeviceReader devices() {
        return devices;
    }

    /** {@return whether a user's own password change ends its sessions (true unless set); a reset always does} */
    public boolean endOnPasswordChange() {
        return endOnPasswordChange;
    }

    /** Sets the parts; {@link #build()} refuses what cannot work. */
    public static final class Builder {
        private Duration idleTimeout = Duration.ofMinutes(30);
        private Duration absoluteLifetime = Duration.ofHours(12);
        private int maxPerUser;
        private WhenFull whenFull = WhenFull.EVICT_OLDEST;
        private Duration touchInterval = Duration.ofMinutes(1);
        private DeviceReader devices = DeviceReader.NONE;
        private boolean endOnPasswordChange = true;

        private Builder() {
        }

        /**
         * @param idle how long an unused session lasts
         * @param absolute how long a session lasts however much it is used
         * @return this builder
         */
        public Builder lifetime(Duration idle, Duration absolute) {
            this.idleTimeout = Objects.requireNonNull(idle, "idle");
            this.absoluteLifetime = Objects.requireNonNull(absolute, "absolute");
            return this;
        }

        /**
         * @param max the most sessions one user holds at once (0 for no bound)
         * @param then what a sign-in does at that bound
         * @return this builder
         */
        public Builder maxPerUser(int max, WhenFull then) {
            this.maxPerUser = max;
            this.whenFull = Objects.requireNonNull(then, "then");
            return this;
        }

        /**
         * @param value how often a session's last activity is written at most (1 minute unless set)
         * @return this builder
         */
        public Builder touchInterval(Duration value) {
            this.touchInterval = Objects.requireNonNull(value, "touchInterval");
            return this;
        }

        /**
         * @param value names browsers and operating systems ({@code UapDeviceReader} from
         *     {@code roster-adapters-useragent}); none unless set
         * @return this builder
         */
        public Builder devices(DeviceReader value) {
            this.devices = Objects.requireNonNull(value, "devices");
            return this;
        }

        /**
         * @param value whether a user's own password change ends its sessions; an admin's reset and a
         *     reset by mail always do (whoever held the old password must be out)
         * @return this builder
         */
        public Builder endOnPasswordChange(boolean value) {
            this.endOnPasswordChange = value;
            return this;
        }

        /**
         * @return the settings
         * @throws IllegalStateException when a duration is not positive, the idle timeout exceeds the
         *     lifetime, or the bound is negative
         */
        public SessionSettings build() {
            if (!positive(idleTimeout) || !positive(absoluteLifetime) || !positive(touchInterval) || idleTimeout.compareTo(absoluteLifetime) > 0
                    || maxPerUser < 0 || touchInterval.compareTo(idleTimeout) >= 0) {
                throw new IllegalStateException("session lifetimes must be positive, the idle timeout at most the lifetime, the touch "
                        + "interval shorter than the idle timeout, and the bound on sessions not negative");
            }
            return new SessionSettings(this);
        }

        private static boolean positive(Duration d) {
            return !d.isNegative() && !d.isZero();
        }
    }
}
