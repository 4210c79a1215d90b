package dev.roster.core.query;

import dev.roster.core.access.Actor;
import java.time.Instant;
import java.util.List;

/** The read side of the admin screens: lists, tab counts, cards, KPIs, trends, seats. */
public interface Directory {
    /** The longest trend: ten years of days, so a request cannot ask for millions of buckets. */
    int MAX_TREND_DAYS = 3660;
    /** The most roles, or user types, one list filter names: each becomes a parameter of the store's query. */
    int MAX_FILTER_VALUES = 100;

    /**
     * One page of the tenant's users, filtered and ordered as the request says. Requires {@link dev.roster.core.policy.Operation#VIEW_USERS}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param request filters, order, position and page size
     * @return the page
     * @throws dev.roster.core.error.ValidationException for a bad request or a cursor of another list
     */
    UserPage listUsers(Actor actor, UserListRequest request);

    /**
     * One page of the people list: the tenant's members and open invitations together, each with the
     * one status it shows (ACTIVE, SUSPENDED, PENDING, DELETED, PUBLIC). Requires {@link dev.roster.core.policy.Operation#VIEW_USERS}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param request statuses, search, roles, user types, order, position and page size
     * @return the page
     * @throws dev.roster.core.error.ValidationException for a bad request or a cursor of another list
     */
    PeoplePage listPeople(Actor actor, PeopleListRequest request);

    /**
     * How many people show each status in the people list. Requires {@link dev.roster.core.policy.Operation#VIEW_USERS}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @return the counts
     */
    PeopleCounts peopleCounts(Actor actor);

    /**
     * One page of the tenant's invitations, newest first, each as it reads now. Requires {@link dev.roster.core.policy.Operation#VIEW_USERS}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param request statuses, text, position and page size
     * @return the page
     */
    InvitationPage listInvitations(Actor actor, InvitationListRequest request);

    /**
     * The counts beside the tabs: members, open invitations, recently deleted. Requires {@link dev.roster.core.policy.Operation#VIEW_USERS}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @return the counts
     */
    TabCounts tabCounts(Actor actor);

    /**
     * The stat cards: total (active and suspended), active, suspended. Requires {@link dev.roster.core.policy.Operation#VIEW_USERS}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @return the cards
     */
    StatCards statCards(Actor actor);

    /**
     * The onboarding KPIs: invited, completed, pending, completion rate. Requires {@link dev.roster.core.policy.Operation#VIEW_USERS}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @return the KPIs
     */
    OnboardingKpis onboarding(Actor actor);

    /**
     * Seats in use under the policy's seat rule, against the tenant's limit. Requires {@link dev.roster.core.policy.Operation#VIEW_USERS}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @return the usage
     */
    SeatUsage seatUsage(Actor actor);

    /**
     * New users per day or week over the request's days, every bucket present. Requires {@link dev.roster.core.policy.Operation#VIEW_USERS}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param request the days, zone and granularity
     * @return the trend
     * @throws dev.roster.core.error.ValidationException for days out of range or over {@link #MAX_TREND_DAYS}
     */
    RegistrationTrend registrations(Actor actor, TrendRequest request);

    /**
     * New users in {@code [from, to)} by referrer origin, largest first. Requires {@link dev.roster.core.policy.Operation#VIEW_USERS}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param from the first instant
     * @param to the instant after the last
     * @return the counts
     */
    List<ReferralCount> referralSources(Actor actor, Instant from, Instant to);

    /**
     * How many users signed up with {@code referrer}'s referral code (those deleted past their
     * window left out). List them with {@link UserListRequest#withReferredBy}.
     *
     * @param actor who asks: a member allowed to view users
     * @param referrer the member
     * @return the count
     */
    long referralCount(Actor actor, dev.roster.spi.model.UserId referrer);
}
