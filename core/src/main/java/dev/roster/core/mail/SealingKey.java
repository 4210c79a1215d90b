package dev.roster.core.mail;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The host's key for the one-time tokens that wait in the outbox: a queued message holds its
 * link's token encrypted with it (AES-256-GCM), never in clear, and the store wipes even that once
 * the message is sent or given up. Every instance that dispatches mail needs the same key; keep it
 * where the host keeps its other secrets. To change keys, make the new one current and keep the old
 * one as retired until the messages queued under it are gone.
 */
public final class SealingKey {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    private static final int BYTES = 32;

    private final String id;
    private final byte[] key;

    private SealingKey(String id, byte[] key) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a sealing key's id is 1-16 letters, digits, '_' or '-', got '" + id + "'");
        }
        if (key == null || key.length != BYTES) {
            throw new IllegalArgumentException("a sealing key is " + BYTES + " bytes (AES-256)");
        }
        this.id = id;
        this.key = key.clone();
    }

    /**
     * A key from its bytes.
     *
     * @param id a short name stored beside each sealed token, so the right key opens it
     * @param key 32 random bytes
     * @return the key
     */
    public static SealingKey of(String id, byte[] key) {
        return new SealingKey(id, key);
    }

    /**
     * A key from its Base64 form, as {@link #toBase64()} writes it.
     *
     * @param id the key's name
     * @param base64 32 bytes in Base64
     * @return the key
     * @throws IllegalArgumentException when it is not Base64 of 32 bytes
     */
    public static SealingKey fromBase64(String id, String base64) {
        return new SealingKey(id, Base64.getDecoder().decode(Objects.requireNonNull(base64, "base64")));
    }

    /**
     * A new random key, for tests and for a host generating the key it will keep.
     *
     * @param id the key's name
     * @return the key
     */
    public static SealingKey generate(String id) {
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        return new SealingKey(id, key);
    }

    /** {@return the key's name} */
    public String id() {
        return id;
    }

    /** {@return the key for AES} */
    public SecretKey secretKey() {
        return new SecretKeySpec(key, "AES");
    }

    /** {@return the key in Base64, to store it where the host keeps secrets} */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealingKey other && id.equals(other.id) && Arrays.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "SealingKey[id=" + id + ", key=(hidden)]";
    }
}
