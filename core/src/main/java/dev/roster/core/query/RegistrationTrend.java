package dev.roster.core.query;

import java.time.LocalDate;
import java.util.List;

/** New users per bucket over {@code [from, to]} (dates in the request's zone), every bucket present. */
public record RegistrationTrend(LocalDate from, LocalDate to, TrendGranularity granularity, List<TrendPoint> points, long total) {
    /**
     * Copies the points.
     *
     * @param from the from
     * @param to the to
     * @param granularity the granularity
     * @param points the points
     * @param total the total
     */
    public RegistrationTrend {
        points = List.copyOf(points);
    }
}
