package dev.roster.core.credential;

import dev.roster.core.error.ValidationException;
import dev.roster.spi.text.TextRules;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be, after NIST SP 800-63B: long enough (8 characters by default,
 * counted as a person sees them: an accented letter is one, an invisible format character none), at most {@link #maxBytes()} in UTF-8 (so
 * at least 64 characters of any script always fit), not one of the 30,000 most common passwords, and
 * nothing else: no composition rules. Passwords are checked exactly as typed (no trimming, no case
 * folding); the common list is matched in compatibility form (fullwidth letters as letters), without
 * spaces, invisible characters or case.
 */
public final class PasswordRules {
    /** The shortest minimum a host may set. */
    public static final int LOWEST_MINIMUM = 8;
    /** The least room a host must leave: 64 characters of four UTF-8 bytes each. */
    public static final int LEAST_MAX_BYTES = 256;
    private static final PasswordRules DEFAULTS = new PasswordRules(LOWEST_MINIMUM, 1024, true);

    private final int minLength;
    private final int maxBytes;
    private final boolean refuseCommon;

    private PasswordRules(int minLength, int maxBytes, boolean refuseCommon) {
        this.minLength = minLength;
        this.maxBytes = maxBytes;
        this.refuseCommon = refuseCommon;
    }

    /** {@return at least 8 characters, at most 1,024 bytes, common passwords refused} */
    public static PasswordRules defaults() {
        return DEFAULTS;
    }

    /**
     * Rules of the host's choosing.
     *
     * @param minLength the fewest characters, at least {@value #LOWEST_MINIMUM}
     * @param maxBytes the most UTF-8 bytes, at least {@value #LEAST_MAX_BYTES} (checked before hashing)
     * @param refuseCommon whether the common-password list applies
     * @return the rules
     * @throws IllegalArgumentException when a bound is below what the rules guarantee
     */
    public static PasswordRules of(int minLength, int maxBytes, boolean refuseCommon) {
        if (minLength < LOWEST_MINIMUM || maxBytes < LEAST_MAX_BYTES || minLength * 4 > maxBytes) {
            throw new IllegalArgumentException("a password minimum is at least " + LOWEST_MINIMUM + " characters and the maximum at least "
                    + LEAST_MAX_BYTES + " bytes (and room for the minimum in any script); got " + minLength + " and " + maxBytes);
        }
        return new PasswordRules(minLength, maxBytes, refuseCommon);
    }

    /** {@return the fewest characters} */
    public int minLength() {
        return minLength;
    }

    /** {@return the most UTF-8 bytes} */
    public int maxBytes() {
        return maxBytes;
    }

    /** {@return whether common passwords are refused} */
    public boolean refusesCommon() {
        return refuseCommon;
    }

    /**
     * Checks a new password.
     *
     * @param field the field to name in the error, e.g. {@code newPassword}
     * @param password the password as typed
     * @throws ValidationException naming the field and what is wrong (never the password)
     */
    public void check(String field, CharSequence password) {
        Optional<String> problem = problem(password);
        if (problem.isPresent()) {
            throw ValidationException.of(field, problem.get());
        }
    }

    /**
     * What is wrong with a new password, if anything.
     *
     * @param password the password as typed
     * @return why it is refused, or empty
     */
    public Optional<String> problem(CharSequence password) {
        if (password == null || password.length() == 0) {
            return Optional.of("a password is required");
        }
        String text = password.toString();
        if (TextRules.loneSurrogateAt(text) >= 0) {
            // UTF-8 would turn it into '?', so two different passwords would hash alike.
            return Optional.of("holds a broken character (an unpaired surrogate)");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            return Optional.of("is longer than " + maxBytes + " bytes");
        }
        if (visibleCharacters(text) < minLength) {
            return Optional.of("needs at least " + minLength + " characters");
        }
        if (refuseCommon && CommonPasswords.contains(commonForm(text))) {
            return Optional.of("is one of the most common passwords; choose another");
        }
        return Optional.empty();
    }

    /**
     * Whether a password given to be checked (the current one, at sign-in) can be what was set:
     * present, no broken character, within the byte limit. Anything else is wrong without hashing it.
     *
     * @param password the password as typed
     * @return false when it cannot match any password these rules let be set
     */
    public boolean verifiable(CharSequence password) {
        if (password == null || password.length() == 0) {
            return false;
        }
        String text = password.toString();
        return TextRules.loneSurrogateAt(text) < 0 && text.getBytes(StandardCharsets.UTF_8).length <= maxBytes;
    }

    /** Characters as a person sees them: an accented letter is one, an invisible format character none. */
    private static int visibleCharacters(String text) {
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(text);
        int count = 0;
        for (int start = clusters.first(), end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            if (text.substring(start, end).codePoints().anyMatch(c -> Character.getType(c) != Character.FORMAT
                    && Character.getType(c) != Character.CONTROL)) {
                count++;
            }
        }
        return count;
    }

    /** How a password is matched against the common list: compatibility forms, no spaces or invisible characters, lower case. */
    private static String commonForm(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "PasswordRules(min " + minLength + " characters, max " + maxBytes + " bytes, common " + (refuseCommon ? "refused" : "allowed")
                + ")";
    }
}
