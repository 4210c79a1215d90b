package dev.roster.core.query;

import dev.roster.core.access.Actor;
import java.time.Instant;
import java.util.List;

/** The read side of the admin screens: lists, tab counts, cards, KPIs, trends, seats. */
public interface Directory {
    /** The longest trend: ten years of days, so a request cannot ask for millions of buckets. */
    int MAX_TREND_DAYS = 3660;

    UserPage listUsers(Actor actor, UserListRequest request);

    InvitationPage listInvitations(Actor actor, InvitationListRequest request);

    TabCounts tabCounts(Actor actor);

    StatCards statCards(Actor actor);

    OnboardingKpis onboarding(Actor actor);

    SeatUsage seatUsage(Actor actor);

    RegistrationTrend registrations(Actor actor, TrendRequest request);

    /** New users in {@code [from, to)} by referrer origin, largest first. */
    List<ReferralCount> referralSources(Actor actor, Instant from, Instant to);
}
