package dev.roster.core.query;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Seats in use under the policy's seat rule, against the tenant's limit.
 *
 * @param used seats taken now
 * @param limit the tenant's seat limit; empty when it has none
 * @param available seats left under the limit, never negative; empty without a limit
 */
public record SeatUsage(long used, OptionalInt limit, OptionalLong available) {
    /**
     * The usage of {@code used} seats against {@code limit}.
     *
     * @param used seats taken
     * @param limit the seat limit; null for none
     * @return the usage
     */
    public static SeatUsage of(long used, Integer limit) {
        return limit == null ? new SeatUsage(used, OptionalInt.empty(), OptionalLong.empty())
                : new SeatUsage(used, OptionalInt.of(limit), OptionalLong.of(Math.max(0, limit - used)));
    }
}
