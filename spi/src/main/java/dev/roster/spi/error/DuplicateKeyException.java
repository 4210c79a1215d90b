package dev.roster.spi.error;

/**
 * Thrown by every store when an insert or update would break a uniqueness rule. The code says
 * which rule ({@link ErrorCode#DUPLICATE_EMAIL}, {@link ErrorCode#DUPLICATE_USERNAME},
 * {@link ErrorCode#DUPLICATE_PENDING_INVITATION}, {@link ErrorCode#DUPLICATE_ID}).
 */
public class DuplicateKeyException extends RosterException {
    public DuplicateKeyException(ErrorCode code, String message) {
        super(code, message);
    }
}
