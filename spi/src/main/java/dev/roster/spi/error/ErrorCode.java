package dev.roster.spi.error;

/**
 * Stable, machine-readable reason for a {@link RosterException}. Hosts switch on these; the names
 * never change once released.
 */
public enum ErrorCode {
    /** A command or value failed validation; nothing was changed. */
    VALIDATION_FAILED,
    /** The policy handed to the builder is inconsistent. */
    POLICY_INVALID,
    /** A tenant, user, invitation or group does not exist in the acting tenant. */
    NOT_FOUND,
    /** The record changed since it was read (optimistic locking). */
    STALE_VERSION,
    /** Another user in the tenant already has this canonical email. */
    DUPLICATE_EMAIL,
    /** Another user in the tenant already has this username. */
    DUPLICATE_USERNAME,
    /** Another user in the tenant already has this external ID. */
    DUPLICATE_EXTERNAL_ID,
    /** A pending invitation for this canonical email already exists in the tenant. */
    DUPLICATE_PENDING_INVITATION,
    /** Another group in the tenant already has this name. */
    DUPLICATE_NAME,
    /** The id of a new record is already taken. */
    DUPLICATE_ID,
    /** A tenant with this id already exists (bootstrap). */
    TENANT_EXISTS,
    /** The invited address already belongs to a member of the tenant. */
    ALREADY_MEMBER,
    /** The actor lacks the permission the operation needs, or acts outside its tenant. */
    PERMISSION_DENIED,
    /** The change would leave the tenant without an active admin. */
    LAST_ADMIN,
    /** The change would exceed the tenant's seat limit. */
    SEAT_LIMIT_EXCEEDED,
    /** The state machine does not allow this transition from the current state. */
    INVALID_TRANSITION,
    /** The token is unknown, used, or bound to another tenant or purpose. */
    TOKEN_INVALID,
    /** The invitation is past its expiry. */
    INVITATION_EXPIRED,
    /** A batch holds more entries than the policy allows. */
    BATCH_TOO_LARGE,
    /** The operation is valid but the policy forbids it (self-delete, a locked permission, ...). */
    POLICY_FORBIDS,
    /** A deleted user cannot be restored because its email or username was taken meanwhile. */
    RESTORE_CONFLICT,
    /** The restore window has closed. */
    RETENTION_EXPIRED,
    /** The mailer did not accept a message. */
    MAIL_FAILURE,
    /** The storage backend failed; the unit of work was rolled back. */
    STORE_FAILURE,
    /** The store does not offer an optional capability a feature needs. */
    CAPABILITY_MISSING,
    /** A maintenance job over every tenant finished the others but failed for some. */
    JOB_INCOMPLETE,
    /** Too many password checks are running; the caller may try again shortly. */
    BUSY,
    /** An uploaded file was refused as a whole (not a spreadsheet, too big, unsafe, no email column); nothing was done. */
    FILE_REJECTED
}
