package dev.roster.spi.access;

import java.util.Objects;

/**
 * A session with the stamps that say whether what an instance cached about its user still holds,
 * read together in one round trip.
 *
 * @param session the session
 * @param userVersion the version of the session's user, which every change to it advances
 * @param accessStamp the tenant's access stamp, which {@link SessionStore#accessChanged} advances
 */
public record SessionCheck(Session session, long userVersion, long accessStamp) {
    /**
     * Requires the session.
     *
     * @param session the session
     * @param userVersion the user's version
     * @param accessStamp the tenant's access stamp
     */
    public SessionCheck {
        Objects.requireNonNull(session, "session");
    }
}
