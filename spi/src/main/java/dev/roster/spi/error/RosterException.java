package dev.roster.spi.error;

import java.util.Objects;

/** Root of every exception Roster and its adapters throw on purpose. Each carries a stable code. */
public class RosterException extends RuntimeException {
    /** The stable reason. */
    private final ErrorCode code;

    /**
     * An exception with a code.
     *
     * @param code the stable reason
     * @param message what happened
     */
    public RosterException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * An exception with a code and the cause it wraps.
     *
     * @param code the stable reason
     * @param message what happened
     * @param cause what caused it
     */
    public RosterException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** {@return the stable reason, for a host to switch on} */
    public ErrorCode code() {
        return code;
    }
}
