package dev.roster.core.query;

import java.time.LocalDate;

/** New users in the bucket that starts on {@code start} (a day, or the Monday of a week). */
public record TrendPoint(LocalDate start, long count) {
}
