package dev.roster.spi.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * An email address as the person typed it (trimmed, in NFC), plus the canonical key Roster compares
 * it by: addresses that are canonically equivalent, or that a person cannot tell apart, have one
 * key or are refused; addresses that differ visibly never share one.
 *
 * <p>The key is computed here and nowhere else ({@link EmailIdentity}): the local part through
 * RFC 8265's UsernameCaseMapped profile (invisible, control and space characters refused, width
 * mapping, case mapping that does not depend on the default {@link Locale}, NFC), the domain through
 * IDNA to ASCII, and neither may mix scripts beyond what UTS #39 calls highly restrictive. {@code +tags} are kept, because {@code ann+work@x} may be a different mailbox. Stores keep
 * the key in its own column, unique per tenant, and never fold case themselves. Two addresses are
 * equal when their keys are.
 *
 * <p>A mail always goes to the {@link #value()} stored for the record a key found, never to the
 * spelling someone typed to find it: a look-alike must not receive another person's mail.
 */
public final class EmailAddress {
    /** Starts a released key; no address's key can, as a key never holds a ':' before its '@'. */
    private static final String RELEASED = "released:";
    private final String value;
    private final String canonical;

    private EmailAddress(String value, String canonical) {
        this.value = value;
        this.canonical = canonical;
    }

    /**
     * Parses and validates an address as a person typed it.
     *
     * @param raw the address; surrounding whitespace is dropped
     * @return the address with its canonical key
     * @throws IllegalArgumentException naming the rejected value and why
     */
    public static EmailAddress of(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("email must not be null");
        }
        String value = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        return new EmailAddress(value, EmailIdentity.key(raw, value));
    }

    /**
     * An address read back from a store, with the key stored beside it. Stores use it so that a row
     * keeps the key its unique index holds, even one written under an older rule (see the JDBC
     * adapter's key migration); nothing is re-validated.
     *
     * @param value the address as stored
     * @param canonical the key as stored
     * @return the address
     */
    public static EmailAddress stored(String value, String canonical) {
        return new EmailAddress(Objects.requireNonNull(value, "value"), Objects.requireNonNull(canonical, "canonical"));
    }

    /**
     * This address as a user keeps it after handing it to another user (its replacement when its type
     * changed, say): the same address to display, under a key no lookup by address finds and no
     * unique index holds. The key keeps the address's own key at its end, so a substring search
     * still finds the user.
     *
     * @param replacement the user the address went to
     * @return the released address
     */
    public EmailAddress releasedTo(UserId replacement) {
        if (isReleased()) {
            return this;
        }
        return new EmailAddress(value, releasedKeyPrefix(replacement) + canonical);
    }

    /**
     * Whether this is the same address as {@code other}, released or not.
     *
     * @param other another address
     * @return true when both keys are one address's key
     */
    public boolean sameAddressAs(EmailAddress other) {
        return addressKey().equals(other.addressKey());
    }

    /**
     * The start of the key of every address released to {@code replacement}: stores find a person's
     * earlier records by it.
     *
     * @param replacement the user the addresses went to
     * @return the key prefix
     */
    public static String releasedKeyPrefix(UserId replacement) {
        return RELEASED + replacement.value() + ":";
    }

    /**
     * The user this address was released to, when it was.
     *
     * @return the replacement, or empty for an address its user holds
     */
    public java.util.Optional<UserId> replacement() {
        if (!isReleased()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(UserId.of(java.util.UUID.fromString(canonical.substring(RELEASED.length(),
                canonical.indexOf(':', RELEASED.length())))));
    }

    /**
     * The address's own key, released or not: what a search by address matches.
     *
     * @return the key without a released key's prefix
     */
    public String addressKey() {
        return isReleased() ? canonical.substring(canonical.indexOf(':', RELEASED.length()) + 1) : canonical;
    }

    /** {@return whether the user holding this address gave it to another} */
    public boolean isReleased() {
        return canonical.startsWith(RELEASED);
    }

    /** {@return the address as entered, trimmed, in NFC} Use it to send mail and to display. */
    public String value() {
        return value;
    }

    /** {@return the comparison key, unique per tenant} */
    public String canonical() {
        return canonical;
    }

    /** {@return the domain part of the canonical key, in ASCII} */
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
