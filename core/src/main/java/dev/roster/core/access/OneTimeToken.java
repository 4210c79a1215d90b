package dev.roster.core.access;

/**
 * A token handed out once (an invitation link's token). The raw value is available through
 * {@link #reveal()} and never through {@link #toString()}, so it does not end up in logs by accident.
 * Roster keeps only {@link #hash()}.
 */
public final class OneTimeToken {
    private final String raw;
    private final String hash;

    /**
     * A token and the form it is stored in.
     *
     * @param raw the token as handed out
     * @param hash its stored form
     */
    public OneTimeToken(String raw, String hash) {
        this.raw = raw;
        this.hash = hash;
    }

    /** {@return the raw token, to put in a link} Roster cannot show it again. */
    public String reveal() {
        return raw;
    }

    /** {@return the stored form} */
    public String hash() {
        return hash;
    }

    @Override
    public String toString() {
        return "OneTimeToken(hidden)";
    }
}
