package dev.roster.spi.access;

/**
 * Turns passwords into stored hashes and checks them. {@code roster-adapters-argon2} has one for
 * Argon2id; core decides when to hash, verify and upgrade. Implementations never log a password
 * and verify exactly what was typed: no trimming, no case folding.
 */
public interface PasswordHasher {
    /**
     * Hashes a password with a fresh salt and the hasher's current parameters.
     *
     * @param password the password as typed
     * @return the hash as a self-describing string (for Argon2id, a PHC string such as
     *     {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash})
     */
    String hash(CharSequence password);

    /**
     * Checks a password against a stored hash, with the parameters the hash was made with.
     *
     * @param password the password as typed
     * @param stored a hash from {@link #hash}, possibly made with other parameters
     * @return whether it matches; false for a stored value that is no hash this hasher reads
     */
    boolean verify(CharSequence password, String stored);

    /**
     * Whether a stored hash was made with parameters other than the current ones, so that it
     * should be replaced at the next successful sign-in.
     *
     * @param stored a hash from {@link #hash}
     * @return true when it should be made again
     */
    boolean needsRehash(String stored);
}
