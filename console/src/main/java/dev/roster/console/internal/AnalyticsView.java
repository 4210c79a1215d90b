package dev.roster.console.internal;

import java.util.List;

/**
 * The analytics page.
 *
 * @param base the console's mount path
 * @param range "30", "90" or "custom"
 * @param from the first day shown
 * @param to the last day shown
 * @param unit what a bar counts: "day" or "week"
 * @param total the registrations in the period
 * @param chart the bars
 * @param referrals users by referral source in the period, largest first
 * @param seatsUsed seats taken
 * @param seatLimit the seat limit, or -1 for none
 * @param problem why a custom period was not used, or null
 */
public record AnalyticsView(String base, String range, String from, String to, String unit, long total, Chart chart, List<UsersView.Card> referrals,
        long seatsUsed, int seatLimit, String problem) {

    /** {@return the share of the seats used, 0 to 100, for the meter} */
    public long seatPercent() {
        return seatLimit <= 0 ? 0 : Math.min(100, Math.round(100.0 * seatsUsed / seatLimit));
    }

    /** The bars in a box of {@link #WIDTH} by {@link #HEIGHT}, and the largest count (the box's top). */
    public record Chart(List<Bar> bars, long most) {
        public static final int WIDTH = 600;
        public static final int HEIGHT = 200;
    }

    /** A bar: its place and size in the box, the day (or week) it starts and its count. */
    public record Bar(String x, String y, String width, String height, String start, long count) {
    }
}
