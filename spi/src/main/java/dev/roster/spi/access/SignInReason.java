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
    /** Too many failures from this address. */
    ADDRESS_THROTTLED,
    /** The password matched, but the account holds the most sessions the policy allows, and it refuses more. */
    SESSION_LIMIT
}
