package dev.roster.core.support;

import dev.roster.spi.access.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A salted SHA-256 stand-in for Argon2id in core's tests (fast, so the tests stay quick); the real
 * hasher is tested in roster-adapters-argon2. Counts its hashes and verifications.
 */
public final class FastHasher implements PasswordHasher {
    private static final SecureRandom RANDOM = new SecureRandom();
    public final AtomicInteger hashes = new AtomicInteger();
    public final AtomicInteger verifications = new AtomicInteger();
    /** Runs inside each hash, to make something happen while a password is being hashed. */
    public volatile Runnable duringHash = () -> { };
    /** Runs inside the next verification only, to make something happen while a password is being checked. */
    public volatile Runnable onNextVerify = () -> { };
    /** Whether every stored hash should be made again (as after raising the cost). */
    public volatile boolean rehashEverything;

    @Override
    public String hash(CharSequence password) {
        hashes.incrementAndGet();
        duringHash.run();
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String encodedSalt = Base64.getEncoder().withoutPadding().encodeToString(salt);
        return "$fast$" + encodedSalt + "$" + digest(encodedSalt, password);
    }

    @Override
    public boolean verify(CharSequence password, String stored) {
        verifications.incrementAndGet();
        Runnable hook = onNextVerify;
        onNextVerify = () -> { };
        hook.run();
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        return parts.length == 4 && parts[1].equals("fast") && MessageDigest.isEqual(digest(parts[2], password).getBytes(StandardCharsets.US_ASCII),
                parts[3].getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public boolean needsRehash(String stored) {
        return rehashEverything || stored == null || !stored.startsWith("$fast$");
    }

    private static String digest(String salt, CharSequence password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.getBytes(StandardCharsets.US_ASCII));
            sha.update(password.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().withoutPadding().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
