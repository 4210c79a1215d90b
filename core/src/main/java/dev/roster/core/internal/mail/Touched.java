package dev.roster.core.internal.mail;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The invitations this instance changed lately (answered, revoked, resent, expired), so a dispatch
 * run on it checks such a message against the store right before its send instead of trusting the
 * check made while the previous message was on the wire. Changes made on other instances are seen
 * by that earlier check.
 */
public final class Touched {
    private static final int MOST = 100_000;
    private final Map<UUID, Long> at = new ConcurrentHashMap<>();
    private volatile long forgotAt = Long.MIN_VALUE;

    /** Notes a change to {@code subject} (in its unit of work: a rollback only costs one check). */
    public void touch(UUID subject) {
        long now = System.nanoTime();
        if (at.size() >= MOST) {
            forgotAt = now; // whatever was written before now is checked again, as if touched
            at.clear();
        }
        at.put(subject, now);
    }

    /** {@return whether {@code subject} may have changed at or after {@code nanoTime}} */
    boolean since(UUID subject, long nanoTime) {
        Long when = at.get(subject);
        return when != null && when - nanoTime >= 0 || forgotAt - nanoTime >= 0;
    }
}
