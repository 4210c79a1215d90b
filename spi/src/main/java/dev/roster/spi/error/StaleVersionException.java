package dev.roster.spi.error;

/** Thrown by every store when an update carries a version other than the stored one. */
public class StaleVersionException extends RosterException {
    public StaleVersionException(String entity, Object id, long expectedVersion) {
        super(ErrorCode.STALE_VERSION,
                entity + " " + id + " was changed by someone else (expected version " + expectedVersion + ")");
    }
}
