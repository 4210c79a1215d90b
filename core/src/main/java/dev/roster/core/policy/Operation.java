package dev.roster.core.policy;

/** The admin operations whose required permission a policy can choose. */
public enum Operation {
    VIEW_USERS,
    INVITE,
    CREATE_USER,
    EDIT_USER,
    ASSIGN_ROLES,
    SET_OVERRIDES,
    MANAGE_GROUPS,
    SUSPEND,
    DELETE,
    RESTORE,
    PURGE,
    MANAGE_TENANT,
    VIEW_AUDIT,
    /** Reading everything Roster holds about one person, for a data-access request. */
    EXPORT_PERSONAL_DATA
}
