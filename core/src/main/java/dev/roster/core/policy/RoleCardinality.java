package dev.roster.core.policy;

/** How many roles a user holds at once. */
public enum RoleCardinality {
    EXACTLY_ONE,
    ONE_OR_MORE
}
