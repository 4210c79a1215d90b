package dev.roster.core.audit;

/** The action names written to the audit trail. Stable: hosts filter on them. */
public final class AuditActions {
    /** A tenant was created. */
    public static final String TENANT_CREATED = "tenant.created";
    /** A tenant's defaults changed. */
    public static final String TENANT_DEFAULTS_CHANGED = "tenant.defaults_changed";
    /** A tenant's seat limit changed. */
    public static final String TENANT_SEAT_LIMIT_CHANGED = "tenant.seat_limit_changed";
    /** A user was created. */
    public static final String USER_CREATED = "user.created";
    /** A user was profile edited. */
    public static final String USER_PROFILE_EDITED = "user.profile_edited";
    /** A user's roles changed. */
    public static final String USER_ROLES_CHANGED = "user.roles_changed";
    /** A user's overrides changed. */
    public static final String USER_OVERRIDES_CHANGED = "user.overrides_changed";
    /** A user's groups changed. */
    public static final String USER_GROUPS_CHANGED = "user.groups_changed";
    /** A user was suspended. */
    public static final String USER_SUSPENDED = "user.suspended";
    /** A user was replaced by a new user of another type, which took its address; the entry is on the old user. */
    public static final String USER_TYPE_CHANGED = "user.type_changed";
    /** A user was reactivated. */
    public static final String USER_REACTIVATED = "user.reactivated";
    /** A user was deleted. */
    public static final String USER_DELETED = "user.deleted";
    /** A user was restored. */
    public static final String USER_RESTORED = "user.restored";
    /** A user was purged. */
    public static final String USER_PURGED = "user.purged";
    /** A user's data exported. */
    public static final String USER_DATA_EXPORTED = "user.data_exported";
    /** An admin gave the user a temporary password. */
    public static final String USER_PASSWORD_RESET = "user.password_reset";
    /** An admin lifted the user's sign-in lockout. */
    public static final String USER_UNLOCKED = "user.unlocked";
    /** An admin locked a user out until unlocked. */
    public static final String USER_LOCKED = "user.locked";
    /** An admin ended a user's sessions. */
    public static final String USER_SESSIONS_ENDED = "user.sessions_ended";
    /** The user set a new password. */
    public static final String USER_PASSWORD_CHANGED = "user.password_changed";
    /** A user list was exported (the filter and the row count in the details). */
    public static final String USERS_EXPORTED = "users.exported";
    /** A invitation was created. */
    public static final String INVITATION_CREATED = "invitation.created";
    /** A invitation was resent. */
    public static final String INVITATION_RESENT = "invitation.resent";
    /** A invitation was revoked. */
    public static final String INVITATION_REVOKED = "invitation.revoked";
    /** A invitation was accepted. */
    public static final String INVITATION_ACCEPTED = "invitation.accepted";
    /** A invitation was declined. */
    public static final String INVITATION_DECLINED = "invitation.declined";
    /** A invitation was expired. */
    public static final String INVITATION_EXPIRED = "invitation.expired";
    /** A group was created. */
    public static final String GROUP_CREATED = "group.created";
    /** A group's changed. */
    public static final String GROUP_CHANGED = "group.changed";
    /** A group was deleted. */
    public static final String GROUP_DELETED = "group.deleted";

    /** Target type of entries about a tenant. */
    public static final String TARGET_TENANT = "tenant";
    /** Target type of entries about a user. */
    public static final String TARGET_USER = "user";
    /** Target type of entries about a invitation. */
    public static final String TARGET_INVITATION = "invitation";
    /** Target type of entries about a group. */
    public static final String TARGET_GROUP = "group";

    private AuditActions() {
    }
}
