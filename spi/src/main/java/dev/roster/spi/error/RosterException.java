package dev.roster.spi.error;

import java.util.Objects;

/** Root of every exception Roster and its adapters throw on purpose. Each carries a stable code. */
public class RosterException extends RuntimeException {
    private final ErrorCode code;

    public RosterException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public RosterException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}
