package dev.roster.core.policy;

/** How many roles a user holds at once. */
public enum RoleCardinality {
    /** Every user holds exactly one role. */
    EXACTLY_ONE,
    /** Every user holds one role or more. */
    ONE_OR_MORE
}
