package dev.roster.core.query;

/** Bucket size of a registration trend. Weeks start on Monday (ISO). */
public enum TrendGranularity {
    /** One bucket per calendar day. */
    DAY,
    /** One bucket per ISO week, starting on Monday. */
    WEEK
}
