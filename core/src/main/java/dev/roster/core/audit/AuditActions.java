package dev.roster.core.audit;

/** The action names written to the audit trail. Stable: hosts filter on them. */
public final class AuditActions {
    public static final String TENANT_CREATED = "tenant.created";
    public static final String TENANT_DEFAULTS_CHANGED = "tenant.defaults_changed";
    public static final String TENANT_SEAT_LIMIT_CHANGED = "tenant.seat_limit_changed";
    public static final String USER_CREATED = "user.created";
    public static final String USER_PROFILE_EDITED = "user.profile_edited";
    public static final String USER_ROLES_CHANGED = "user.roles_changed";
    public static final String USER_OVERRIDES_CHANGED = "user.overrides_changed";
    public static final String USER_GROUPS_CHANGED = "user.groups_changed";
    public static final String USER_SUSPENDED = "user.suspended";
    public static final String USER_REACTIVATED = "user.reactivated";
    public static final String USER_DELETED = "user.deleted";
    public static final String USER_RESTORED = "user.restored";
    public static final String USER_PURGED = "user.purged";
    public static final String USER_DATA_EXPORTED = "user.data_exported";
    public static final String INVITATION_CREATED = "invitation.created";
    public static final String INVITATION_RESENT = "invitation.resent";
    public static final String INVITATION_REVOKED = "invitation.revoked";
    public static final String INVITATION_ACCEPTED = "invitation.accepted";
    public static final String INVITATION_DECLINED = "invitation.declined";
    public static final String INVITATION_EXPIRED = "invitation.expired";
    public static final String GROUP_CREATED = "group.created";
    public static final String GROUP_CHANGED = "group.changed";
    public static final String GROUP_DELETED = "group.deleted";

    public static final String TARGET_TENANT = "tenant";
    public static final String TARGET_USER = "user";
    public static final String TARGET_INVITATION = "invitation";
    public static final String TARGET_GROUP = "group";

    private AuditActions() {
    }
}
