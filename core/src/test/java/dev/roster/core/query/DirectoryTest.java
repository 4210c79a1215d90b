package dev.roster.core.query;

import static dev.roster.core.support.TestPolicies.ADMIN;
import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.core.support.TestPolicies.VIEWER;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.core.error.ValidationException;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.policy.SeatRule;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.core.user.RegistrationFields;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.UserSort;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryTest {
    private final Fixture f = new Fixture();

    @Test
    void tabCountsAndStatCardsFollowTheLifecycle() {
        User a = f.member("a@acme.example");
        User b = f.member("b@acme.example");
        f.member("c@acme.example");
        f.invite("pending@acme.example");
        f.roster.lifecycle().suspend(f.adminActor, a.id());
        f.roster.lifecycle().delete(f.adminActor, b.id());

        assertThat(f.roster.directory().tabCounts(f.adminActor)).isEqualTo(new TabCounts(3, 1, 1));
        assertThat(f.roster.directory().statCards(f.adminActor)).isEqualTo(new StatCards(3, 2, 1));
    }

    @Test
    void onboardingKpisAreDefinedWithZeroInvitations() {
        OnboardingKpis none = f.roster.directory().onboarding(f.adminActor);
        assertThat(none).isEqualTo(new OnboardingKpis(0, 0, 0, new BigDecimal("0.0")));
    }

    @Test
    void onboardingKpisCountInvitedCompletedPendingAndRate() {
        f.member("a@acme.example");
        f.member("b@acme.example");
        f.invite("c@acme.example");
        var revoked = f.invite("d@acme.example");
        f.roster.invitations().revoke(f.adminActor, revoked.invitation().id());
        f.invite("e@acme.example");
        f.invite("f@acme.example");

        assertThat(f.roster.directory().onboarding(f.adminActor)).isEqualTo(new OnboardingKpis(6, 2, 3, new BigDecimal("33.3")));
        f.clock.advance(Duration.ofDays(7));
        assertThat(f.roster.directory().onboarding(f.adminActor).pending()).isZero();
    }

    @Test
    void searchIsACaseInsensitiveSubstringOfNameEmailOrUsername() {
        f.created("grace@acme.example", "Grace", "Hopper", MEMBER);
        f.roster.users().create(f.adminActor, CreateUserCommand.of("x@acme.example", ProfileFields.named("Alan", "T").withUsername("HOPPY"), null, null));
        f.created("bob@hopper-industries.example", "Bob", "B", MEMBER);
        f.created("zed@acme.example", "Zed", "Z", MEMBER);

        List<User> found = f.roster.directory().listUsers(f.adminActor, UserListRequest.members(50).withText("hOpP")).items();

        assertThat(found).extracting(u -> u.email().value())
                .containsExactlyInAnyOrder("grace@acme.example", "x@acme.example", "bob@hopper-industries.example");
        assertThat(f.roster.directory().listUsers(f.adminActor, UserListRequest.members(50).withText("100%_'; drop")).items()).isEmpty();
    }

    @Test
    void filtersByRoleTypeStatusRegistrationPeriodAndPromoCode() {
        User viewer = f.created("v@acme.example", "V", "V", VIEWER);
        f.clock.advance(Duration.ofDays(2));
        f.roster.users().create(f.adminActor, new CreateUserCommand("p@acme.example", ProfileFields.EMPTY, "public", Set.of(MEMBER),
                null, null, null, new RegistrationFields(null, "PROMO1")));
        User suspended = f.created("s@acme.example", "S", "S", MEMBER);
        f.roster.lifecycle().suspend(f.adminActor, suspended.id());

        Directory d = f.roster.directory();
        assertThat(d.listUsers(f.adminActor, UserListRequest.members(50).withRoles(Set.of(VIEWER))).items()).extracting(User::id)
                .containsExactly(viewer.id());
        assertThat(d.listUsers(f.adminActor, UserListRequest.members(50).withUserTypes(Set.of("public"))).items()).hasSize(1);
        assertThat(d.listUsers(f.adminActor, new UserListRequest(Set.of(UserStatus.SUSPENDED), null, null, null, null, null, null,
                UserSort.CREATED, true, null, 50)).items()).extracting(User::id).containsExactly(suspended.id());
        assertThat(d.listUsers(f.adminActor, UserListRequest.members(50).withRegistration(Fixture.START.plus(Duration.ofDays(1)), null, null))
                .items()).hasSize(2);
        assertThat(d.listUsers(f.adminActor, UserListRequest.members(50).withRegistration(null, null, "PROMO1")).items())
                .extracting(u -> u.email().value()).containsExactly("p@acme.example");
    }

    @Test
    void keysetPagesVisitEveryUserOnceInEachSortOrder() {
        for (int i = 0; i < 23; i++) {
            f.clock.advance(Duration.ofMinutes(i % 3)); // ties on the creation time too
            f.created("user" + i + "@acme.example", "Name" + (i % 5), "L" + i, MEMBER);
        }
        for (UserSort sort : UserSort.values()) {
            for (boolean desc : new boolean[] {false, true}) {
                List<User> seen = new ArrayList<>();
                String cursor = null;
                int pages = 0;
                do {
                    UserPage page = f.roster.directory().listUsers(f.adminActor, UserListRequest.members(5).withSort(sort, desc).withCursor(cursor));
                    seen.addAll(page.items());
                    cursor = page.nextCursor().orElse(null);
                    pages++;
                } while (cursor != null);
                assertThat(seen).as(sort + (desc ? " desc" : " asc")).hasSize(24).doesNotHaveDuplicates();
                assertThat(pages).isEqualTo(5);
                @SuppressWarnings({"unchecked", "rawtypes"})
                Comparator<User> order = Comparator.comparing(u -> (Comparable) sort.keyOf(u));
                assertThat(seen).isSortedAccordingTo(desc ? order.reversed() : order);
            }
        }
    }

    @Test
    void aCursorFromAnotherSortOrGarbageIsAValidationError() {
        for (int i = 0; i < 3; i++) {
            f.created("u" + i + "@acme.example", "U", "" + i, MEMBER);
        }
        String cursor = f.roster.directory().listUsers(f.adminActor, UserListRequest.members(1)).nextCursor().orElseThrow();

        assertThat(catchThrowableOfType(ValidationException.class, () -> f.roster.directory().listUsers(f.adminActor,
                UserListRequest.members(1).withSort(UserSort.NAME, false).withCursor(cursor))).violations().get(0).path()).isEqualTo("cursor");
        assertThat(catchThrowableOfType(ValidationException.class, () -> f.roster.directory().listUsers(f.adminActor,
                UserListRequest.members(1).withCursor("%%%not-base64"))).violations().get(0).path()).isEqualTo("cursor");
    }

    @Test
    void invitationListPagesNewestFirstAndFiltersByStatusAsOfNow() {
        for (int i = 0; i < 7; i++) {
            f.clock.advance(Duration.ofDays(1));
            f.invite("i" + i + "@acme.example");
        }
        f.clock.advance(Duration.ofDays(1));
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            InvitationPage page = f.roster.directory().listInvitations(f.adminActor, InvitationListRequest.pending(3).withCursor(cursor));
            page.items().forEach(i -> seen.add(i.email().value()));
            cursor = page.nextCursor().orElse(null);
        } while (cursor != null);
        // The first invitation is 7 days old now, so it reads as expired.
        assertThat(seen).containsExactly("i6@acme.example", "i5@acme.example", "i4@acme.example", "i3@acme.example", "i2@acme.example",
                "i1@acme.example");
    }

    @Test
    void registrationTrendsAreGapFreeByDayAndByWeek() {
        f.clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        f.created("a@acme.example", "A", "A", MEMBER);
        f.created("b@acme.example", "B", "B", MEMBER);
        f.clock.set(Instant.parse("2026-03-16T08:00:00Z"));
        f.created("c@acme.example", "C", "C", MEMBER);

        RegistrationTrend days = f.roster.directory().registrations(f.adminActor,
                TrendRequest.lastDays(30, LocalDate.of(2026, 3, 16), ZoneOffset.UTC, TrendGranularity.DAY));
        assertThat(days.points()).hasSize(30);
        assertThat(days.total()).isEqualTo(4); // the bootstrap admin registered on 2026-03-02
        assertThat(days.points()).contains(new TrendPoint(LocalDate.of(2026, 3, 10), 2), new TrendPoint(LocalDate.of(2026, 3, 11), 0));

        RegistrationTrend weeks = f.roster.directory().registrations(f.adminActor,
                new TrendRequest(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 22), ZoneOffset.UTC, TrendGranularity.WEEK));
        assertThat(weeks.points()).extracting(TrendPoint::count).containsExactly(0L, 1L, 2L, 1L);
        assertThat(weeks.points().get(0).start()).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void usersByReferralSourceGroupByOrigin() {
        for (String ref : List.of("https://news.example/a", "https://NEWS.example/b?x=1", "https://blog.example/", "garbage url")) {
            f.roster.users().create(f.adminActor, new CreateUserCommand(Math.abs(ref.hashCode()) + "@acme.example", ProfileFields.EMPTY,
                    null, null, null, null, null, new RegistrationFields(ref, null)));
        }
        List<ReferralCount> sources = f.roster.directory().referralSources(f.adminActor, Fixture.START, Fixture.START.plusSeconds(1));

        assertThat(sources).containsExactly(new ReferralCount("https://news.example", 2), new ReferralCount("", 1),
                new ReferralCount("(unparseable)", 1), new ReferralCount("https://blog.example", 1));
    }

    @Test
    void seatUsageCountsWhatThePolicySaysAndTheLimitHoldsEverywhere() {
        f.roster.tenants().setSeatLimit(f.adminActor, 3);
        f.created("public@acme.example", "P", "P", MEMBER); // type member
        f.roster.users().create(f.adminActor, CreateUserCommand.of("embed@acme.example", ProfileFields.EMPTY, "public", null));
        assertThat(f.roster.directory().seatUsage(f.adminActor)).isEqualTo(SeatUsage.of(2, 3));

        // Open invitations take no seat under this policy: both may be sent while one seat is free...
        var invitation = f.invite("third@acme.example");
        var fourth = f.invite("fourth@acme.example");
        User third = f.roster.invitees().accept(f.tenant, invitation.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY));
        assertThat(f.roster.directory().seatUsage(f.adminActor)).isEqualTo(SeatUsage.of(3, 3));
        // ...but only the first acceptance fits, and nothing else may take a seat now.
        assertThat(codeOf(() -> f.roster.invitees().accept(f.tenant, fourth.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY))))
                .isEqualTo(dev.roster.spi.error.ErrorCode.SEAT_LIMIT_EXCEEDED);
        assertThat(codeOf(() -> f.invite("fifth@acme.example"))).isEqualTo(dev.roster.spi.error.ErrorCode.SEAT_LIMIT_EXCEEDED);
        assertThat(codeOf(() -> f.created("x@acme.example", "X", "X", MEMBER))).isEqualTo(dev.roster.spi.error.ErrorCode.SEAT_LIMIT_EXCEEDED);

        f.roster.lifecycle().delete(f.adminActor, third.id());
        f.created("y@acme.example", "Y", "Y", MEMBER);
        assertThat(codeOf(() -> f.roster.lifecycle().restore(f.adminActor, third.id()))).isEqualTo(dev.roster.spi.error.ErrorCode.SEAT_LIMIT_EXCEEDED);
    }

    @Test
    void pendingInvitationsTakeSeatsWhenThePolicySaysSo() {
        Fixture counted = new Fixture(dev.roster.core.support.TestPolicies.standard()
                .seatRule(new dev.roster.core.policy.SeatRule(Set.of(UserStatus.ACTIVE), true, Set.of("public"))).build());
        counted.roster.tenants().setSeatLimit(counted.adminActor, 2);
        var pending = counted.invite("p@acme.example");
        assertThat(counted.roster.directory().seatUsage(counted.adminActor).used()).isEqualTo(2);
        assertThat(codeOf(() -> counted.invite("q@acme.example"))).isEqualTo(dev.roster.spi.error.ErrorCode.SEAT_LIMIT_EXCEEDED);
        // Accepting converts the invitation's seat into the user's: still fits.
        counted.roster.invitees().accept(counted.tenant, pending.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY));
        assertThat(counted.roster.directory().seatUsage(counted.adminActor).used()).isEqualTo(2);
    }

    @Test
    void listsNeedTheViewPermission() {
        User viewer = f.created("v@acme.example", "V", "V", ADMIN);
        assertThat(f.roster.directory().tabCounts(f.actor(viewer)).members()).isEqualTo(2);
    }
}
