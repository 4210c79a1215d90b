package dev.roster.spi.tck;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;

/** What a call did, as the error code tests compare. */
public final class Outcomes {
    private Outcomes() {
    }

    /** The code of the {@link RosterException} {@code call} throws, or null when it succeeds. */
    public static ErrorCode attempt(Runnable call) {
        try {
            call.run();
            return null;
        } catch (RosterException e) {
            return e.code();
        }
    }

    /** The code of the {@link RosterException} {@code call} throws; fails the test when it succeeds. */
    public static ErrorCode codeOf(Runnable call) {
        ErrorCode code = attempt(call);
        if (code == null) {
            throw new AssertionError("expected a RosterException, but the call succeeded");
        }
        return code;
    }
}
