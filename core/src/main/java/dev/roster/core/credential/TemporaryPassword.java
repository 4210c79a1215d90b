package dev.roster.core.credential;

import java.time.Instant;

/**
 * A temporary password, handed out once to show to the admin who asked for it. Roster keeps only
 * its hash; it lets its holder do nothing but set a password of their own, and only until
 * {@link #expiresAt()}. {@link #toString()} never shows it.
 */
public final class TemporaryPassword {
    private final String value;
    private final Instant expiresAt;

    /**
     * @param value the password
     * @param expiresAt when it stops working
     */
    public TemporaryPassword(String value, Instant expiresAt) {
        this.value = value;
        this.expiresAt = expiresAt;
    }

    /** {@return the password, to show once} Roster cannot show it again. */
    public String reveal() {
        return value;
    }

    /** {@return when it stops working} */
    public Instant expiresAt() {
        return expiresAt;
    }

    @Override
    public String toString() {
        return "TemporaryPassword(hidden, until " + expiresAt + ")";
    }
}
