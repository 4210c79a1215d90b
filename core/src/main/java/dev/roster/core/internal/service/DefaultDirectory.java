package dev.roster.core.internal.service;

import dev.roster.core.access.Actor;
import dev.roster.core.error.ValidationException;
import dev.roster.core.internal.Authorizer;
import dev.roster.core.internal.Cursors;
import dev.roster.core.internal.Guards;
import dev.roster.core.internal.RosterContext;
import dev.roster.core.internal.TrendBuckets;
import dev.roster.core.mail.MailStatus;
import dev.roster.core.policy.Operation;
import dev.roster.core.query.Directory;
import dev.roster.core.query.InvitationListRequest;
import dev.roster.core.query.InvitationPage;
import dev.roster.core.query.OnboardingKpis;
import dev.roster.core.query.PeopleCounts;
import dev.roster.core.query.PeopleListRequest;
import dev.roster.core.query.PeoplePage;
import dev.roster.core.query.ReferralCount;
import dev.roster.core.query.RegistrationTrend;
import dev.roster.core.query.SeatUsage;
import dev.roster.core.query.StatCards;
import dev.roster.core.query.TabCounts;
import dev.roster.core.query.TrendRequest;
import dev.roster.core.query.UserListRequest;
import dev.roster.core.query.UserPage;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.Person;
import dev.roster.spi.model.PersonStatus;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.InvitationKeyset;
import dev.roster.spi.store.InvitationQuery;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.PeopleQuery;
import dev.roster.spi.store.PersonKeyset;
import dev.roster.spi.store.StatusTypeCount;
import dev.roster.spi.store.StoreTransaction;
import dev.roster.spi.store.TenantCounts;
import dev.roster.spi.store.UserKeyset;
import dev.roster.spi.store.UserQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The engine behind {@link Directory}. */
public final class DefaultDirectory implements Directory {
    private final RosterContext ctx;
    private final Authorizer authorizer;
    private final Guards guards;

    public DefaultDirectory(RosterContext ctx, Authorizer authorizer, Guards guards) {
        this.ctx = ctx;
        this.authorizer = authorizer;
        this.guards = guards;
    }

    @Override
    public UserPage listUsers(Actor actor, UserListRequest request) {
        UserKeyset after = request.cursor() == null ? null : Cursors.decode(request.cursor(), request.sort(), request.descending());
        UserQuery query = query(actor.tenant(), request, after, request.limit(), ctx.clock().instant());
        Page<User> page = read(actor, tx -> tx.userQueries().search(query));
        String next = null;
        if (page.hasMore() && !page.items().isEmpty()) {
            User last = page.items().get(page.items().size() - 1);
            next = Cursors.encode(request.sort(), request.descending(), new UserKeyset(request.sort().keyOf(last), last.id()));
        }
        return new UserPage(page.items(), Optional.ofNullable(next));
    }

    @Override
    public PeoplePage listPeople(Actor actor, PeopleListRequest request) {
        ctx.validator().check(request);
        PersonKeyset after = request.cursor() == null ? null : Cursors.decodePeople(request.cursor(), request.sort(), request.descending());
        PeopleQuery query = new PeopleQuery(actor.tenant(), ctx.clock().instant(), request.statuses(), ctx.policy().publicUserTypes(),
                blankToNull(request.text()), request.roles(), request.userTypes(), request.sort(), request.descending(), after, request.limit());
        record Found(Page<Person> page, Map<InvitationId, MailStatus> mail) {
        }
        Found found = read(actor, tx -> {
            Page<Person> page = tx.people(query);
            List<InvitationId> invitations = page.items().stream().flatMap(p -> p.openInvitation().stream()).map(Invitation::id).toList();
            return new Found(page, ctx.mail().statuses(tx, actor.tenant(), invitations));
        });
        Page<Person> page = found.page();
        String next = null;
        if (page.hasMore() && !page.items().isEmpty()) {
            Person last = page.items().get(page.items().size() - 1);
            next = Cursors.encode(request.sort(), request.descending(), request.sort().positionOf(last));
        }
        return new PeoplePage(page.items(), Optional.ofNullable(next), found.mail());
    }

    @Override
    public PeopleCounts peopleCounts(Actor actor) {
        Instant now = ctx.clock().instant();
        Set<String> publicTypes = ctx.policy().publicUserTypes();
        return read(actor, tx -> {
            TenantCounts counts = tx.counts(actor.tenant(), now);
            Map<PersonStatus, Long> byStatus = new EnumMap<>(PersonStatus.class);
            for (StatusTypeCount c : counts.users()) {
                byStatus.merge(PersonStatus.of(c.status(), c.userType(), publicTypes), c.count(), Long::sum);
            }
            byStatus.put(PersonStatus.PENDING, counts.invitations().getOrDefault(InvitationStatus.PENDING, 0L));
            return new PeopleCounts(byStatus);
        });
    }

    @Override
    public InvitationPage listInvitations(Actor actor, InvitationListRequest request) {
        ctx.validator().check(request);
        InvitationKeyset after = request.cursor() == null ? null : Cursors.decodeInvitation(request.cursor());
        Instant now = ctx.clock().instant();
        record Found(Page<Invitation> page, Map<InvitationId, MailStatus> mail) {
        }
        Found found = read(actor, tx -> {
            Page<Invitation> page = tx.invitations().search(
                    new InvitationQuery(actor.tenant(), request.statuses(), now, blankToNull(request.text()), after, request.limit()));
            return new Found(page, ctx.mail().statuses(tx, actor.tenant(), page.items().stream().map(Invitation::id).toList()));
        });
        Page<Invitation> page = found.page();
        String next = null;
        if (page.hasMore() && !page.items().isEmpty()) {
            Invitation last = page.items().get(page.items().size() - 1);
            next = Cursors.encode(new InvitationKeyset(last.createdAt(), last.id()));
        }
        return new InvitationPage(page.items().stream().map(i -> i.asOf(now)).toList(), Optional.ofNullable(next), found.mail());
    }

    @Override
    public TabCounts tabCounts(Actor actor) {
        Instant now = ctx.clock().instant();
        return read(actor, tx -> {
            TenantCounts counts = tx.counts(actor.tenant(), now);
            Map<UserStatus, Long> users = byStatus(counts.users());
            long pending = counts.invitations().getOrDefault(InvitationStatus.PENDING, 0L);
            return new TabCounts(users.get(UserStatus.ACTIVE) + users.get(UserStatus.SUSPENDED), pending, users.get(UserStatus.DELETED));
        });
    }

    @Override
    public StatCards statCards(Actor actor) {
        Instant now = ctx.clock().instant();
        return read(actor, tx -> {
            Map<UserStatus, Long> users = byStatus(tx.userQueries().countByStatusAndType(actor.tenant(), now));
            long active = users.get(UserStatus.ACTIVE);
            long suspended = users.get(UserStatus.SUSPENDED);
            return new StatCards(active + suspended, active, suspended);
        });
    }

    @Override
    public OnboardingKpis onboarding(Actor actor) {
        Instant now = ctx.clock().instant();
        return read(actor, tx -> OnboardingKpis.from(tx.invitations().countByStatus(actor.tenant(), now)));
    }

    @Override
    public SeatUsage seatUsage(Actor actor) {
        Instant now = ctx.clock().instant();
        return read(actor, tx -> {
            Integer limit = tx.tenants().find(actor.tenant()).map(t -> t.seatLimit()).orElse(null);
            return SeatUsage.of(guards.seatsUsed(tx, actor.tenant(), now), limit);
        });
    }

    @Override
    public RegistrationTrend registrations(Actor actor, TrendRequest request) {
        ctx.validator().check(request);
        if (request.to().isBefore(request.from())) {
            throw ValidationException.of("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(request.from(), request.to()) >= Directory.MAX_TREND_DAYS) {
            throw ValidationException.of("to", "a trend covers at most " + Directory.MAX_TREND_DAYS + " days");
        }
        Instant from = request.from().atStartOfDay(request.zone()).toInstant();
        Instant to = request.to().plusDays(1).atStartOfDay(request.zone()).toInstant();
        return read(actor, tx -> TrendBuckets.of(
                tx.userQueries().countRegistrationsByDay(actor.tenant(), from, to, request.zone()),
                request.from(), request.to(), request.granularity()));
    }

    /** New users in {@code [from, to)} by referrer origin, largest first. */
    @Override
    public long referralCount(Actor actor, dev.roster.spi.model.UserId referrer) {
        if (referrer == null) {
            throw ValidationException.of("referrer", "is required");
        }
        Instant now = ctx.clock().instant();
        return read(actor, tx -> tx.userQueries().countReferredBy(actor.tenant(), referrer, now));
    }

    @Override
    public List<ReferralCount> referralSources(Actor actor, Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw ValidationException.of("to", "must be after from");
        }
        if (!Limits.isStorable(from) || !Limits.isStorable(to)) {
            throw ValidationException.of(Limits.isStorable(from) ? "to" : "from", "must lie in the years 1 to 9999");
        }
        return read(actor, tx -> tx.userQueries().countByReferrerOrigin(actor.tenant(), from, to).entrySet().stream()
                .map(e -> new ReferralCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(ReferralCount::count).reversed().thenComparing(ReferralCount::origin))
                .toList());
    }

    private static Map<UserStatus, Long> byStatus(List<StatusTypeCount> counts) {
        Map<UserStatus, Long> byStatus = new EnumMap<>(UserStatus.class);
        for (UserStatus s : UserStatus.values()) {
            byStatus.put(s, 0L);
        }
        for (StatusTypeCount c : counts) {
            byStatus.merge(c.status(), c.count(), Long::sum);
        }
        return byStatus;
    }

    /**
     * The store's query for a list request, checked as the directory checks it: what an export
     * walks page after page without going through the listing's cursors.
     */
    public UserQuery query(TenantId tenant, UserListRequest request, UserKeyset after, int limit, Instant now) {
        ctx.validator().check(request);
        if (request.registeredFrom() != null && request.registeredTo() != null && !request.registeredFrom().isBefore(request.registeredTo())) {
            throw ValidationException.of("registeredTo", "must be after registeredFrom");
        }
        return new UserQuery(tenant, now, request.statuses(), blankToNull(request.text()), request.roles(), request.userTypes(),
                request.registeredFrom(), request.registeredTo(), request.promoCode(), request.referredBy(), request.sort(), request.descending(), after,
                limit);
    }

    private <T> T read(Actor actor, Function<StoreTransaction, T> query) {
        return ctx.store().read(tx -> {
            authorizer.authorize(tx, actor, Operation.VIEW_USERS, false);
            return query.apply(tx);
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
