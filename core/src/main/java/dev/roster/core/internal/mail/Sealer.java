package dev.roster.core.internal.mail;

import dev.roster.core.mail.SealingKey;
import dev.roster.spi.model.OutboxMessageId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals a token for the outbox with AES-256-GCM under the host's key, bound to its message (the
 * message id is the associated data, so a sealed token moved to another row does not open). The
 * stored form is {@code keyId:Base64(iv || ciphertext)}.
 */
public final class Sealer {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SealingKey current;
    private final Map<String, SealingKey> keys = new HashMap<>();
    private final SecureRandom random = new SecureRandom();

    public Sealer(SealingKey current, List<SealingKey> retired) {
        this.current = current;
        retired.forEach(k -> keys.put(k.id(), k));
        keys.put(current.id(), current);
    }

    public String seal(OutboxMessageId message, String token) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, current, iv, message);
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return current.id() + ":" + Base64.getEncoder().withoutPadding().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required of every Java platform", e);
        }
    }

    /**
     * The token, or an exception naming why it cannot be opened (a key this instance lacks, or a
     * sealed value that was altered or moved).
     */
    public String open(OutboxMessageId message, String sealed) {
        int colon = sealed.indexOf(':');
        SealingKey key = colon < 0 ? null : keys.get(sealed.substring(0, colon));
        if (key == null) {
            throw new IllegalStateException("the token was sealed with a key this instance does not have ("
                    + (colon < 0 ? "no key id" : sealed.substring(0, colon)) + "); configure it as a retired key");
        }
        try {
            byte[] stored = Base64.getDecoder().decode(sealed.substring(colon + 1));
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, java.util.Arrays.copyOf(stored, IV_BYTES), message);
            return new String(cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException("the sealed token does not open: altered, or not this message's", e);
        }
    }

    private static Cipher cipher(int mode, SealingKey key, byte[] iv, OutboxMessageId message) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key.secretKey(), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(message.toString().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }
}
