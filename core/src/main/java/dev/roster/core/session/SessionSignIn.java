package dev.roster.core.session;

import dev.roster.core.credential.SignInResult;
import java.util.Objects;
import java.util.Optional;

/**
 * A sign-in through the session service: the sign-in's result and, when it signed in with a lasting
 * password, the session it started.
 *
 * @param result the sign-in's result
 * @param started the session, or null
 */
public record SessionSignIn(SignInResult result, StartedSession started) {
    /**
     * Requires the result, and no session unless signed in.
     *
     * @param result the sign-in's result
     * @param started the session, or null
     */
    public SessionSignIn {
        Objects.requireNonNull(result, "result");
        if (started != null && result.outcome() != SignInResult.Outcome.SIGNED_IN) {
            throw new IllegalArgumentException("a session is started only by a sign-in");
        }
    }

    /** {@return how the sign-in ended} */
    public SignInResult.Outcome outcome() {
        return result.outcome();
    }

    /** {@return the session started, when signed in} */
    public Optional<StartedSession> session() {
        return Optional.ofNullable(started);
    }
}
