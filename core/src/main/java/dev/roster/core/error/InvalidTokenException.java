package dev.roster.core.error;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;

/**
 * The link's token cannot be used: unknown, used, superseded by a resend, expired, or of another
 * tenant. One answer for all of them, so that a token tells nothing about tenants or invitations.
 */
public class InvalidTokenException extends RosterException {
    /** The one answer for every link that cannot be used. */
    public InvalidTokenException() {
        super(ErrorCode.TOKEN_INVALID, "the invitation link is not valid");
    }
}
