package dev.roster.core.policy;

/** The admin operations whose required permission a policy can choose. */
public enum Operation {
    /** Reading users, invitations, groups, counts and explanations. */
    VIEW_USERS,
    /** Inviting, resending and revoking invitations. */
    INVITE,
    /** Creating a user directly. */
    CREATE_USER,
    /** Editing a user's email, profile and attributes. */
    EDIT_USER,
    /** Changing a user's roles. */
    ASSIGN_ROLES,
    /** Setting a user's per-user grants and denies. */
    SET_OVERRIDES,
    /** Managing groups and their members. */
    MANAGE_GROUPS,
    /** Suspending and reactivating. */
    SUSPEND,
    /** Deleting. */
    DELETE,
    /** Restoring from "recently deleted". */
    RESTORE,
    /** Deleting permanently. */
    PURGE,
    /** Tenant defaults and the seat limit. */
    MANAGE_TENANT,
    /** Reading the audit trail. */
    VIEW_AUDIT,
    /** Reading everything Roster holds about one person, for a data-access request. */
    EXPORT_PERSONAL_DATA,
    /** Giving another user a temporary password (an admin's password reset). */
    RESET_PASSWORD,
    /** Exporting a user list as CSV or XLSX. */
    EXPORT_USERS
}
