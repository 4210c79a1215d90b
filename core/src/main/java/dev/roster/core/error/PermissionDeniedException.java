package dev.roster.core.error;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;

/** The actor may not do this: it lacks a permission, is not active, or acts on another tenant. */
public class PermissionDeniedException extends RosterException {
    /**
     * A refusal of the actor.
     *
     * @param message why
     */
    public PermissionDeniedException(String message) {
        super(ErrorCode.PERMISSION_DENIED, message);
    }
}
