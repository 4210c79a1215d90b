package dev.roster.core.query;

/** Bucket size of a registration trend. Weeks start on Monday (ISO). */
public enum TrendGranularity {
    DAY,
    WEEK
}
