package dev.roster.core.query;

import dev.roster.core.error.ValidationException;
import dev.roster.core.validation.StorableTime;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A registration trend over the calendar days {@code from} to {@code to} (inclusive) in {@code zone}.
 * {@link #lastDays} builds the "30 days" and "90 days" presets, ending today.
 */
public record TrendRequest(@NotNull @StorableTime LocalDate from, @NotNull @StorableTime LocalDate to, @NotNull ZoneId zone, @NotNull TrendGranularity granularity) {

    /**
     * The "30 days" and "90 days" presets: {@code days} calendar days ending {@code today}.
     *
     * @param days how many days, 1 to {@link Directory#MAX_TREND_DAYS}
     * @param today the last day
     * @param zone whose calendar days count
     * @param granularity days or weeks
     * @return the request
     * @throws dev.roster.core.error.ValidationException for a number of days out of range
     */
    public static TrendRequest lastDays(int days, LocalDate today, ZoneId zone, TrendGranularity granularity) {
        if (days < 1 || days > Directory.MAX_TREND_DAYS) {
            throw ValidationException.of("days", "must be 1 to " + Directory.MAX_TREND_DAYS + ", got " + days);
        }
        return new TrendRequest(today.minusDays(days - 1L), today, zone, granularity);
    }
}
