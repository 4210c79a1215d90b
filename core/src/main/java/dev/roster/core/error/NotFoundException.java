package dev.roster.core.error;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;

/** The named record does not exist in the acting tenant. */
public class NotFoundException extends RosterException {
    /**
     * A record the acting tenant does not have.
     *
     * @param what the kind of record, e.g. "user"
     * @param id its id
     */
    public NotFoundException(String what, Object id) {
        super(ErrorCode.NOT_FOUND, what + " " + id + " not found");
    }
}
