package dev.roster.core.error;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;

/** A batch holds more entries than the policy allows; nothing was done. */
public class BatchTooLargeException extends RosterException {
    /** The most the policy allows. */
    private final int limit;
    /** How many the batch held. */
    private final int size;

    /**
     * A batch over the limit.
     *
     * @param limit the most the policy allows
     * @param size how many the batch held
     */
    public BatchTooLargeException(int limit, int size) {
        super(ErrorCode.BATCH_TOO_LARGE, "a batch may hold at most " + limit + " entries, got " + size);
        this.limit = limit;
        this.size = size;
    }

    /** {@return the most the policy allows} */
    public int limit() {
        return limit;
    }

    /** {@return how many the batch held} */
    public int size() {
        return size;
    }
}
