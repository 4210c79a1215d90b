package dev.roster.core.error;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;

/** A batch holds more entries than the policy allows; nothing was done. */
public class BatchTooLargeException extends RosterException {
    private final int limit;
    private final int size;

    public BatchTooLargeException(int limit, int size) {
        super(ErrorCode.BATCH_TOO_LARGE, "a batch may hold at most " + limit + " entries, got " + size);
        this.limit = limit;
        this.size = size;
    }

    /** The most the policy allows. */
    public int limit() {
        return limit;
    }

    /** How many the batch held. */
    public int size() {
        return size;
    }
}
