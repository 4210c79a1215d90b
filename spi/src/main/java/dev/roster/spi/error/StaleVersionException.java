package dev.roster.spi.error;

/** Thrown by every store when an update carries a version other than the stored one. */
public class StaleVersionException extends RosterException {
    /**
     * A write that carried an outdated version.
     *
     * @param entity what kind of record, e.g. "user"
     * @param id the record's id
     * @param expectedVersion the version the write carried
     */
    public StaleVersionException(String entity, Object id, long expectedVersion) {
        super(ErrorCode.STALE_VERSION,
                entity + " " + id + " was changed by someone else (expected version " + expectedVersion + ")");
    }
}
