package dev.roster.core.session;

import dev.roster.spi.access.Session;
import java.util.Objects;

/**
 * A session just started, with its token: hand the token to the client (in a cookie marked
 * {@code HttpOnly}, {@code Secure} and {@code SameSite}) and keep nothing else. Roster stores only
 * its hash and cannot show it again; {@link #toString()} never shows it.
 */
public final class StartedSession {
    private final String token;
    private final Session session;

    /**
     * @param token the token
     * @param session the stored session
     */
    public StartedSession(String token, Session session) {
        this.token = Objects.requireNonNull(token, "token");
        this.session = Objects.requireNonNull(session, "session");
    }

    /** {@return the token, to give the client once} */
    public String token() {
        return token;
    }

    /** {@return the session as stored} */
    public Session session() {
        return session;
    }

    @Override
    public String toString() {
        return "StartedSession(" + session.id() + ", token hidden)";
    }
}
