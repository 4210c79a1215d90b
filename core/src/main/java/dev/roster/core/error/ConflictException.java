package dev.roster.core.error;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;

/**
 * The request is well formed but collides with the current state or a rule of the policy
 * (already a member, last admin, seat limit, forbidden transition, ...). The code tells which.
 */
public class ConflictException extends RosterException {
    /**
     * A conflict with the current state or a rule of the policy.
     *
     * @param code which conflict
     * @param message what happened
     */
    public ConflictException(ErrorCode code, String message) {
        super(code, message);
    }
}
