package dev.roster.core.permission;

/**
 * The layers that decide a permission, in the order they are consulted; the first that speaks
 * decides. Documented for hosts in the README.
 */
public enum Layer {
    /** The user is not active: nothing is granted. */
    STATUS,
    /** The user's type always grants it, or never allows it ({@link dev.roster.core.policy.UserTypeDefinition}). */
    USER_TYPE,
    /** One of the user's roles fixes the permission on; nothing can take it away. */
    ROLE_FIXED,
    /** A per-user grant or deny, allowed because one of the user's roles makes the permission overridable. */
    USER_OVERRIDE,
    /** A group the user belongs to grants it. */
    GROUP,
    /** The tenant's default ("global limit") grants or denies it. */
    TENANT_DEFAULT,
    /** One of the user's roles grants it by default. */
    ROLE,
    /** Nothing grants it. */
    NONE
}
