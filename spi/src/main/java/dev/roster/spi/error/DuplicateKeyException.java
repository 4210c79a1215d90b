package dev.roster.spi.error;

/**
 * Thrown by every store when an insert or update would break a uniqueness rule. The code says
 * which rule ({@link ErrorCode#DUPLICATE_EMAIL}, {@link ErrorCode#DUPLICATE_USERNAME},
 * {@link ErrorCode#DUPLICATE_PENDING_INVITATION}, {@link ErrorCode#DUPLICATE_ID}).
 */
public class DuplicateKeyException extends RosterException {
    /**
     * A uniqueness rule broken.
     *
     * @param code which rule
     * @param message what was duplicated, in the store's words but without its driver's
     */
    public DuplicateKeyException(ErrorCode code, String message) {
        super(code, message);
    }
}
