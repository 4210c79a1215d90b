package dev.roster.core.mail;

/**
 * What one dispatch run did.
 *
 * @param sent messages the mail server accepted
 * @param retried messages that failed for a passing reason and wait for their next attempt
 * @param dead messages given up
 * @param cancelled messages no longer worth sending (the invitation was answered, revoked or resent)
 */
public record DispatchReport(int sent, int retried, int dead, int cancelled) {
    /** Nothing done. */
    public static final DispatchReport NONE = new DispatchReport(0, 0, 0, 0);

    /**
     * Both reports added up.
     *
     * @param other another report
     * @return the sum
     */
    public DispatchReport plus(DispatchReport other) {
        return new DispatchReport(sent + other.sent, retried + other.retried, dead + other.dead, cancelled + other.cancelled);
    }

    /** {@return how many messages the run handled} */
    public int handled() {
        return sent + retried + dead + cancelled;
    }
}
