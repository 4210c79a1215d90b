package dev.roster.spi.access;

/** Why a sign-in attempt ended as it did; kept with the attempt, never shown to the person signing in. */
public enum SignInReason {
    /** Signed in. */
    SUCCESS,
    /** Signed in with a temporary password: may only set a new one. */
    TEMPORARY_PASSWORD,
    /** No account answers to the identifier. */
    UNKNOWN_ACCOUNT,
    /** The password did not match. */
    WRONG_PASSWORD,
    /** The account has no password (it signs in another way). */
    NO_PASSWORD,
    /** The temporary password had expired. */
    PASSWORD_EXPIRED,
    /** The account is locked out. */
    LOCKED,
    /** The account is suspended. */
    SUSPENDED,
    /** The account is deleted. */
    DELETED,
    /** The account is a public user (embedded dashboards, shared links), who never signs in. */
    PUBLIC_USER,
    /** Too many failures from this address. */
    ADDRESS_THROTTLED,
    /** The password matched, but the account holds the most sessions the policy allows, and it refuses more. */
    SESSION_LIMIT;

    /**
     * Whether the attempt was a failed guess, which a per-address budget counts: every failure but
     * one refused for the address's budget itself (or the address would never get out while
     * someone behind it kept trying) or for the bound on sessions (the password was right).
     *
     * @return true for a failed guess
     */
    public boolean isGuess() {
        return this != SUCCESS && this != TEMPORARY_PASSWORD && this != ADDRESS_THROTTLED && this != SESSION_LIMIT;
    }
}
