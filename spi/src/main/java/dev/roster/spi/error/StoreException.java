package dev.roster.spi.error;

/**
 * The storage backend failed (connection lost, deadlock that could not be retried, ...). Adapters
 * wrap their native exceptions in this one, naming the operation, so no driver type crosses a port.
 */
public class StoreException extends RosterException {
    /**
     * A failure of the storage backend.
     *
     * @param operation what the store was doing
     * @param cause the backend's own exception
     */
    public StoreException(String operation, Throwable cause) {
        super(ErrorCode.STORE_FAILURE, "store operation '" + operation + "' failed: " + cause.getMessage(), cause);
    }
}
