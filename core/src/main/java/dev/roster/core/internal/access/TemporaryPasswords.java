package dev.roster.core.internal.access;

import dev.roster.core.credential.PasswordRules;
import java.security.SecureRandom;

/**
 * Temporary passwords: sixteen characters (or the rules' minimum, if longer) from 57 that cannot
 * be mistaken for one another when read aloud or copied from a screen, about 93 bits from
 * {@link SecureRandom}, always within the rules.
 */
public final class TemporaryPasswords {
    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 16;
    private final SecureRandom random = new SecureRandom();
    private final PasswordRules rules;

    public TemporaryPasswords(PasswordRules rules) {
        this.rules = rules;
    }

    /** {@return a new temporary password} */
    public String next() {
        int length = Math.max(LENGTH, rules.minLength());
        while (true) {
            StringBuilder password = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (rules.problem(password).isEmpty()) {
                return password.toString();
            }
        }
    }
}
