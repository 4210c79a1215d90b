package dev.roster.console.internal;

import dev.roster.console.ConsoleRequest;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.query.RegistrationTrend;
import dev.roster.core.query.SeatUsage;
import dev.roster.core.query.TrendGranularity;
import dev.roster.core.query.TrendPoint;
import dev.roster.core.query.TrendRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Analytics: registrations over 30 days, 90 days or a custom period as a bar chart drawn on the server
 * (inline SVG: no script, nothing fetched), with the same figures as a table for screen readers; users by
 * referral source over the period; seats used against the limit. Days are UTC days.
 */
public final class AnalyticsPage {
    /** Past this many days a bar is a week. */
    private static final int DAILY_UP_TO = 92;
    private static final int MOST_DAYS = 3 * 366;

    private final Roster roster;
    private final Clock clock;

    public AnalyticsPage(Roster roster, Clock clock) {
        this.roster = roster;
        this.clock = clock;
    }

    public AnalyticsView view(ConsoleRequest request, Actor actor) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String range = request.param("range").filter(r -> r.equals("90") || r.equals("custom")).orElse("30");
        LocalDate from = today.minusDays(range.equals("90") ? 89 : 29);
        LocalDate to = today;
        String problem = null;
        if (range.equals("custom")) {
            LocalDate askedFrom = Days.parse(request.param("from").orElse(""));
            LocalDate askedTo = Days.parse(request.param("to").orElse(""));
            if (askedFrom == null || askedTo == null || askedTo.isBefore(askedFrom) || ChronoUnit.DAYS.between(askedFrom, askedTo) >= MOST_DAYS) {
                problem = "Choose a first and a last day, the last not before the first, at most " + MOST_DAYS + " days apart.";
                range = "30";
            } else {
                from = askedFrom;
                to = askedTo;
            }
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        TrendGranularity granularity = days > DAILY_UP_TO ? TrendGranularity.WEEK : TrendGranularity.DAY;
        RegistrationTrend trend = roster.directory().registrations(actor, new TrendRequest(from, to, ZoneOffset.UTC, granularity));
        var referrals = roster.directory().referralSources(actor, from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).stream()
                .map(r -> new UsersView.Card(r.origin() == null || r.origin().isEmpty() ? "Direct" : r.origin(), Long.toString(r.count()))).toList();
        SeatUsage seats = roster.directory().seatUsage(actor);
        return new AnalyticsView(request.base(), range, from.toString(), to.toString(), granularity == TrendGranularity.WEEK ? "week" : "day",
                trend.total(), chart(trend), referrals, seats.used(), seats.limit().isPresent() ? seats.limit().getAsInt() : -1, problem);
    }

    /** The bars, scaled to the chart's box; the tallest bar fills it. */
    static AnalyticsView.Chart chart(RegistrationTrend trend) {
        List<TrendPoint> points = trend.points();
        long most = points.stream().mapToLong(TrendPoint::count).max().orElse(0);
        int n = Math.max(points.size(), 1);
        double slot = (double) AnalyticsView.Chart.WIDTH / n;
        List<AnalyticsView.Bar> bars = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            TrendPoint p = points.get(i);
            double height = most == 0 ? 0 : (double) p.count() * AnalyticsView.Chart.HEIGHT / most;
            bars.add(new AnalyticsView.Bar(round(i * slot + slot * 0.1), round(AnalyticsView.Chart.HEIGHT - height), round(slot * 0.8), round(height),
                    p.start().toString(), p.count()));
        }
        return new AnalyticsView.Chart(bars, most);
    }

    private static String round(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
