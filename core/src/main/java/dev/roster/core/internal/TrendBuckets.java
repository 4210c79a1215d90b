package dev.roster.core.internal;

import dev.roster.core.query.RegistrationTrend;
import dev.roster.core.query.TrendGranularity;
import dev.roster.core.query.TrendPoint;
import dev.roster.spi.store.DayCount;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns per-day counts into a gap-free series of day or week buckets. Pure. */
public final class TrendBuckets {
    private TrendBuckets() {
    }

    /**
     * @param from first day, inclusive
     * @param to last day, inclusive
     */
    public static RegistrationTrend of(List<DayCount> days, LocalDate from, LocalDate to, TrendGranularity granularity) {
        Map<LocalDate, Long> buckets = new TreeMap<>();
        for (LocalDate d = bucketStart(from, granularity); !d.isAfter(to); d = next(d, granularity)) {
            buckets.put(d, 0L);
        }
        long total = 0;
        for (DayCount day : days) {
            if (day.day().isBefore(from) || day.day().isAfter(to)) {
                continue;
            }
            buckets.merge(bucketStart(day.day(), granularity), day.count(), Long::sum);
            total += day.count();
        }
        List<TrendPoint> points = new ArrayList<>(buckets.size());
        buckets.forEach((start, count) -> points.add(new TrendPoint(start, count)));
        return new RegistrationTrend(from, to, granularity, points, total);
    }

    private static LocalDate bucketStart(LocalDate day, TrendGranularity granularity) {
        return granularity == TrendGranularity.DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static LocalDate next(LocalDate start, TrendGranularity granularity) {
        return granularity == TrendGranularity.DAY ? start.plusDays(1) : start.plusWeeks(1);
    }
}
