package dev.roster.core.credential;

/**
 * Where a sign-in comes from, as the host saw it. Kept with the attempt: the address only when it
 * reads as an IP address, the user agent cut to its limit on one line; anything else is kept as
 * unknown rather than refused, so a forged header can neither break sign-in nor reach the store.
 *
 * @param ip the client's address, or null
 * @param userAgent the client's user agent, or null
 */
public record SignInContext(String ip, String userAgent) {
    /** Nothing known about the client. */
    public static final SignInContext UNKNOWN = new SignInContext(null, null);
}
