package dev.roster.core.query;

/**
 * Seats in use under the policy's seat rule, and the tenant's limit (null for none).
 * {@code available} is null without a limit.
 */
public record SeatUsage(long used, Integer limit, Long available) {
    public static SeatUsage of(long used, Integer limit) {
        return new SeatUsage(used, limit, limit == null ? null : Math.max(0, limit - used));
    }
}
