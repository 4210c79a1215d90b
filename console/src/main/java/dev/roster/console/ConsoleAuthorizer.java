package dev.roster.console;

import dev.roster.core.access.Actor;
import java.util.Optional;

/**
 * Maps a request to the Roster actor it acts as: the host's own login (its session, its principal) or a
 * Roster session. Empty means "nobody": the console answers 403. A console built without one answers
 * every request with 403.
 */
@FunctionalInterface
public interface ConsoleAuthorizer {
    /** Nobody is ever let in: what a console gets when the host names no authorizer. */
    ConsoleAuthorizer NOBODY = request -> Optional.empty();

    /**
     * Who acts for this request.
     *
     * @param request the request, with the server's own request object for the host's session
     * @return the actor, or empty to refuse
     */
    Optional<Actor> actorFor(ConsoleRequest request);
}
