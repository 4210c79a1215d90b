package dev.roster.core.credential;

import dev.roster.spi.model.User;
import java.util.Optional;

/**
 * What a sign-in came to. Every refusal is the same value, whatever the reason (no such account, a
 * wrong password, a locked, suspended or deleted account): the reason is kept with the recorded
 * attempt for admins, never told to the person signing in.
 */
public final class SignInResult {
    /** How it ended. */
    public enum Outcome {
        /** Signed in. */
        SIGNED_IN,
        /** Signed in with a temporary password: the holder may only set a password of its own. */
        MUST_CHANGE_PASSWORD,
        /** Refused; no reason is given. */
        REFUSED,
        /**
         * The password was right, but the user holds the most sessions the policy allows and it
         * refuses more: sign out elsewhere first. Only someone who knows the password sees this.
         */
        TOO_MANY_SESSIONS
    }

    private static final SignInResult REFUSED = new SignInResult(Outcome.REFUSED, null);

    private final Outcome outcome;
    private final User user;

    private SignInResult(Outcome outcome, User user) {
        this.outcome = outcome;
        this.user = user;
    }

    /**
     * @param user the user who signed in
     * @return a sign-in
     */
    public static SignInResult signedIn(User user) {
        return new SignInResult(Outcome.SIGNED_IN, user);
    }

    /**
     * @param user the user whose password was right
     * @return a sign-in refused for the bound on sessions
     */
    public static SignInResult tooManySessions(User user) {
        return new SignInResult(Outcome.TOO_MANY_SESSIONS, user);
    }

    /**
     * @param user the user who signed in with a temporary password
     * @return a sign-in that only allows setting a password
     */
    public static SignInResult mustChangePassword(User user) {
        return new SignInResult(Outcome.MUST_CHANGE_PASSWORD, user);
    }

    /** {@return the one refusal} */
    public static SignInResult refused() {
        return REFUSED;
    }

    /** {@return how it ended} */
    public Outcome outcome() {
        return outcome;
    }

    /** {@return the user, unless refused} */
    public Optional<User> user() {
        return Optional.ofNullable(user);
    }

    @Override
    public String toString() {
        return "SignInResult(" + outcome + (user == null ? "" : ", " + user.id()) + ")";
    }
}
