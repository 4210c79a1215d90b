package dev.roster.spi.error;

/**
 * The storage backend failed (connection lost, deadlock that could not be retried, ...). Adapters
 * wrap their native exceptions in this one, naming the operation, so no driver type crosses a port.
 */
public class StoreException extends RosterException {
    public StoreException(String operation, Throwable cause) {
        super(ErrorCode.STORE_FAILURE, "store operation '" + operation + "' failed: " + cause.getMessage(), cause);
    }
}
