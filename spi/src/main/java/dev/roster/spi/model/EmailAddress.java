package dev.roster.spi.model;

import java.net.IDN;
import java.util.Locale;

/**
 * An email address as the person typed it, plus the canonical key Roster compares it by.
 *
 * <p>The canonical key is computed here and nowhere else: trimmed, case-folded with
 * {@link Locale#ROOT}, the domain converted to ASCII (IDN). {@code +tags} are kept, because
 * {@code ann+work@x} may be a different mailbox. Stores keep the key in its own column and make it
 * unique per tenant; they never fold case themselves. Two addresses are equal when their keys are.
 */
public final class EmailAddress {
    private static final int MAX_LENGTH = Limits.EMAIL;
    private static final int MAX_LOCAL_LENGTH = 64;

    private final String value;
    private final String canonical;

    private EmailAddress(String value, String canonical) {
        this.value = value;
        this.canonical = canonical;
    }

    /** Parses and validates; the message names the rejected value. */
    public static EmailAddress of(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("email must not be null");
        }
        String trimmed = raw.strip();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at == trimmed.length() - 1 || trimmed.indexOf('@') != at) {
            throw invalid(raw, "needs exactly one '@' between a local part and a domain");
        }
        String local = trimmed.substring(0, at);
        String domain = trimmed.substring(at + 1);
        if (local.length() > MAX_LOCAL_LENGTH) {
            throw invalid(raw, "local part is longer than " + MAX_LOCAL_LENGTH + " characters");
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw invalid(raw, "contains whitespace or a control character");
            }
        }
        String asciiDomain = asciiDomain(raw, domain);
        String canonical = local.toLowerCase(Locale.ROOT) + "@" + asciiDomain;
        if (trimmed.length() > MAX_LENGTH || canonical.length() > MAX_LENGTH) {
            throw invalid(raw, "is longer than " + MAX_LENGTH + " characters");
        }
        return new EmailAddress(trimmed, canonical);
    }

    private static String asciiDomain(String raw, String domain) {
        String ascii;
        if (isStd3Ascii(domain)) {
            ascii = domain.toLowerCase(Locale.ROOT); // what IDN would return, without its costly preparation
        } else {
            try {
                ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw invalid(raw, "has an invalid domain");
            }
        }
        if (ascii.isEmpty() || ascii.startsWith(".") || ascii.endsWith(".") || !ascii.contains(".")) {
            throw invalid(raw, "has an invalid domain");
        }
        return ascii;
    }

    /** Labels of 1-63 ASCII letters, digits and inner hyphens, separated by single dots. */
    private static boolean isStd3Ascii(String domain) {
        int labelStart = 0;
        for (int i = 0; i <= domain.length(); i++) {
            char c = i == domain.length() ? '.' : domain.charAt(i);
            if (c == '.') {
                int length = i - labelStart;
                if (length < 1 || length > 63 || domain.charAt(labelStart) == '-' || domain.charAt(i - 1) == '-') {
                    return false;
                }
                labelStart = i + 1;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException invalid(String raw, String why) {
        return new IllegalArgumentException("email '" + raw + "' " + why);
    }

    /** The address as entered, trimmed. Use it to send mail and to display. */
    public String value() {
        return value;
    }

    /** The comparison key: unique per tenant. */
    public String canonical() {
        return canonical;
    }

    /** The domain part of the canonical key, in ASCII. */
    public String domain() {
        return canonical.substring(canonical.lastIndexOf('@') + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmailAddress other && canonical.equals(other.canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
