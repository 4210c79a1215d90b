package dev.roster.core.internal;

import dev.roster.core.access.OneTimeToken;
import dev.roster.spi.model.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * One-time tokens: 256 bits from {@link SecureRandom}, URL-safe. Only a SHA-256 hash is stored,
 * computed over purpose, tenant and token, so a token works for one purpose in one tenant only.
 */
public final class Tokens {
    private static final int TOKEN_BYTES = 32;
    private static final int MAX_TOKEN_LENGTH = 128;

    private final SecureRandom random = new SecureRandom();

    /** A fresh token and its hash. */
    public OneTimeToken issue(TokenPurpose purpose, TenantId tenant) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new OneTimeToken(raw, hash(purpose, tenant, raw));
    }

    /** A short public code (10 characters, base32) a user shares so that sign-ups name it as referrer. */
    public String referralCode() {
        char[] alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
        char[] code = new char[10];
        for (int i = 0; i < code.length; i++) {
            code[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(code);
    }

    /** The stored form of {@code raw}, or null when {@code raw} cannot be a token (so lookups find nothing). */
    public String hash(TokenPurpose purpose, TenantId tenant, String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_TOKEN_LENGTH) {
            return null;
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((purpose.name() + '\n' + tenant.value() + '\n').getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
