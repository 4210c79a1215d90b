package dev.roster.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.RegistrationSource;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.DayCount;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.StatusTypeCount;
import dev.roster.spi.store.StoreTransaction;
import dev.roster.spi.store.TenantCounts;
import dev.roster.spi.store.UserKeyset;
import dev.roster.spi.store.UserQuery;
import dev.roster.spi.store.UserSort;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

public abstract class UserQueryStoreContract extends StoreContract {

    private static UserQuery all(String text) {
        return new UserQuery(T1, Records.T0, Set.of(), text, null, null, null, null, null, UserSort.EMAIL, false, null, 100);
    }

    private List<String> emails(UserQuery query) {
        return read((StoreTransaction tx) -> tx.userQueries().search(query)).items().stream().map(u -> u.email().canonical()).toList();
    }

    private static User withSource(User u, String referrer, String promo, String type) {
        return new User(u.id(), u.tenantId(), u.email(), u.profile(), type, u.roles(), u.overrides(), u.groups(), u.status(), u.admin(),
                new RegistrationSource(referrer, promo, null), u.attributes(), u.createdAt(), u.updatedAt(), u.lastLoginAt(), u.deletion(), 0);
    }

    @Test
    void textSearchIsACaseInsensitiveSubstringOfNameEmailOrUsername() {
        write(tx -> {
            tx.users().insert(Records.user(T1, "grace@x.example", "Grace Hopper", Records.T0));
            tx.users().insert(Records.withUsername(Records.user(T1, "alan@x.example", "Alan", Records.T0), "HopAlong"));
            tx.users().insert(Records.user(T1, "bob@hopper.example", "Bob", Records.T0));
            tx.users().insert(Records.user(T1, "zed@x.example", "Zed", Records.T0));
            tx.users().insert(Records.user(T2, "hopper@x.example", "Other tenant", Records.T0));
        });
        assertThat(emails(all("HOP"))).containsExactly("alan@x.example", "bob@hopper.example", "grace@x.example");
        assertThat(emails(all("zed@"))).containsExactly("zed@x.example");
    }

    @Test
    void searchTextIsPlainTextNeverAPattern() {
        write(tx -> {
            tx.users().insert(Records.user(T1, "a@x.example", "100% sure", Records.T0));
            tx.users().insert(Records.user(T1, "b@x.example", "100 percent", Records.T0));
            tx.users().insert(Records.user(T1, "c@x.example", "under_score", Records.T0));
            tx.users().insert(Records.user(T1, "d@x.example", "underXscore", Records.T0));
            tx.users().insert(Records.user(T1, "e@x.example", "O'Brien \\ back", Records.T0));
        });
        assertThat(emails(all("100%"))).containsExactly("a@x.example");
        assertThat(emails(all("0% "))).containsExactly("a@x.example");
        assertThat(emails(all("r_s"))).containsExactly("c@x.example");
        assertThat(emails(all("o'b"))).containsExactly("e@x.example");
        assertThat(emails(all("n \\ b"))).containsExactly("e@x.example");
        assertThat(emails(all("%%%"))).isEmpty();
        assertThat(emails(all("___"))).isEmpty();
        assertThat(emails(all("' OR '1'='1"))).isEmpty();
        assertThat(emails(all("x'); DROP TABLE users; --"))).isEmpty();
    }

    @Test
    void shortTextsMatchAtLeastAtTheStartOfAField() {
        write(tx -> {
            tx.users().insert(Records.withUsername(Records.user(T1, "zed@x.example", "Zed", Records.T0), "qq"));
            tx.users().insert(Records.user(T1, "ann@x.example", "Bob", Records.T0));
            tx.users().insert(Records.user(T1, "kim@x.example", "Kim", Records.T0));
        });
        assertThat(emails(all("ZE"))).contains("zed@x.example");
        assertThat(emails(all("an"))).contains("ann@x.example");
        assertThat(emails(all("b"))).contains("ann@x.example");
        assertThat(emails(all("q"))).contains("zed@x.example");
        assertThat(emails(all("y"))).isEmpty();
        assertThat(emails(all("%"))).isEmpty();
        assertThat(emails(all("_"))).isEmpty();
    }

    @Test
    void filtersCombine() {
        Instant t1 = Records.T0.plus(Duration.ofDays(1));
        write(tx -> {
            tx.users().insert(withSource(Records.user(T1, "a@x.example", "A", Records.T0), null, "PROMO", "member"));
            tx.users().insert(withSource(Records.user(T1, "b@x.example", "B", t1), null, "PROMO", "public"));
            tx.users().insert(Records.user(T1, "c@x.example", "C", t1).toBuilder().roles(Set.of(Records.ADMIN)).build());
            tx.users().insert(Records.user(T1, "d@x.example", "D", t1).toBuilder().status(UserStatus.SUSPENDED).build());
        });
        UserQuery base = all(null);
        assertThat(emails(new UserQuery(T1, Records.T0, Set.of(UserStatus.SUSPENDED), null, null, null, null, null, null, UserSort.EMAIL, false, null, 10)))
                .containsExactly("d@x.example");
        assertThat(emails(new UserQuery(T1, Records.T0, Set.of(), null, Set.of(Records.ADMIN, RoleId.of("none")), null, null, null, null, UserSort.EMAIL,
                false, null, 10))).containsExactly("c@x.example");
        assertThat(emails(new UserQuery(T1, Records.T0, Set.of(), null, null, Set.of("public"), null, null, null, UserSort.EMAIL, false, null, 10)))
                .containsExactly("b@x.example");
        assertThat(emails(new UserQuery(T1, Records.T0, Set.of(), null, null, null, t1, null, "PROMO", UserSort.EMAIL, false, null, 10)))
                .containsExactly("b@x.example");
        assertThat(emails(new UserQuery(T1, Records.T0, Set.of(), null, null, null, null, t1, null, UserSort.EMAIL, false, null, 10)))
                .containsExactly("a@x.example");
        assertThat(emails(base)).hasSize(4);
    }

    @Test
    void pagesFollowTheKeysetInBothDirectionsWithTiesBrokenById() {
        write(tx -> {
            for (int i = 0; i < 7; i++) {
                tx.users().insert(Records.user(T1, "u" + i + "@x.example", "same name", Records.T0.plusSeconds(i / 3)));
            }
        });
        for (UserSort sort : UserSort.values()) {
            for (boolean desc : new boolean[] {false, true}) {
                List<User> full = read((StoreTransaction tx) -> tx.userQueries().search(new UserQuery(T1, Records.T0, Set.of(), null, null, null, null, null, null, sort, desc,
                        null, 100))).items();
                Page<User> first = read((StoreTransaction tx) -> tx.userQueries().search(new UserQuery(T1, Records.T0, Set.of(), null, null, null, null, null, null, sort, desc,
                        null, 3)));
                User last = first.items().get(2);
                Page<User> second = read((StoreTransaction tx) -> tx.userQueries().search(new UserQuery(T1, Records.T0, Set.of(), null, null, null, null, null, null, sort,
                        desc, new UserKeyset(sort.keyOf(last), last.id()), 3)));
                assertThat(first.hasMore()).isTrue();
                assertThat(first.items()).isEqualTo(full.subList(0, 3));
                assertThat(second.items()).as(sort + " desc=" + desc).isEqualTo(full.subList(3, 6));
                for (int i = 1; i < full.size(); i++) {
                    @SuppressWarnings({"unchecked", "rawtypes"})
                    int byKey = ((Comparable) sort.keyOf(full.get(i - 1))).compareTo(sort.keyOf(full.get(i)));
                    int cmp = byKey != 0 ? byKey : full.get(i - 1).id().compareTo(full.get(i).id());
                    assertThat(desc ? -cmp : cmp).as("order of " + sort).isNegative();
                }
            }
        }
    }

    @Test
    void countsByStatusAndType() {
        write(tx -> {
            tx.users().insert(Records.user(T1, "a@x.example"));
            tx.users().insert(Records.user(T1, "b@x.example"));
            tx.users().insert(withSource(Records.user(T1, "c@x.example"), null, null, "public"));
            tx.users().insert(Records.user(T1, "d@x.example").toBuilder().status(UserStatus.SUSPENDED).build());
            tx.users().insert(Records.user(T2, "e@x.example"));
        });
        assertThat(read((StoreTransaction tx) -> tx.userQueries().countByStatusAndType(T1, Records.T0))).filteredOn(c -> c.count() > 0).containsExactlyInAnyOrder(
                new StatusTypeCount(UserStatus.ACTIVE, "member", 2), new StatusTypeCount(UserStatus.ACTIVE, "public", 1),
                new StatusTypeCount(UserStatus.SUSPENDED, "member", 1));
    }

    @Test
    void countsFollowChangesOfStatusAndTypeAndDeletes() {
        User a = Records.user(T1, "a@x.example");
        User b = Records.user(T1, "b@x.example");
        write(tx -> {
            tx.users().insert(a);
            tx.users().insert(b);
        });
        write(tx -> {
            tx.users().update(Records.ofType(a, "public"));
            tx.users().update(Records.ofType(b.toBuilder().status(UserStatus.SUSPENDED).build(), "public"));
        });
        assertThat(read((StoreTransaction tx) -> tx.userQueries().countByStatusAndType(T1, Records.T0))).filteredOn(c -> c.count() > 0)
                .containsExactlyInAnyOrder(new StatusTypeCount(UserStatus.ACTIVE, "public", 1), new StatusTypeCount(UserStatus.SUSPENDED, "public", 1));

        write(tx -> tx.users().delete(T1, b.id()));
        assertThat(read((StoreTransaction tx) -> tx.userQueries().countByStatusAndType(T1, Records.T0))).filteredOn(c -> c.count() > 0)
                .containsExactly(new StatusTypeCount(UserStatus.ACTIVE, "public", 1));
    }

    @Test
    void userAndInvitationCountsReadTogetherAgreeWithEachStoreAlone() {
        Instant now = Records.T0.plus(Duration.ofDays(1));
        write(tx -> {
            tx.users().insert(Records.user(T1, "a@x.example"));
            tx.users().insert(Records.user(T1, "b@x.example").toBuilder().status(UserStatus.SUSPENDED).build());
            tx.users().insert(Records.user(T2, "c@x.example"));
            tx.invitations().insert(Records.invitation(T1, "d@x.example", Records.T0, Records.T0.plus(Duration.ofDays(7))));
            tx.invitations().insert(Records.invitation(T1, "e@x.example", Records.T0, now)); // overdue: counted as expired
            tx.invitations().insert(Records.invitation(T2, "f@x.example", Records.T0, null));
        });

        read((StoreTransaction tx) -> {
            TenantCounts together = tx.counts(T1, now);
            assertThat(together.users()).containsExactlyInAnyOrderElementsOf(tx.userQueries().countByStatusAndType(T1, Records.T0))
                    .filteredOn(c -> c.count() > 0).containsExactlyInAnyOrder(new StatusTypeCount(UserStatus.ACTIVE, "member", 1),
                            new StatusTypeCount(UserStatus.SUSPENDED, "member", 1));
            assertThat(together.invitations()).isEqualTo(tx.invitations().countByStatus(T1, now));
            assertThat(together.invitations().getOrDefault(InvitationStatus.PENDING, 0L)).isEqualTo(1L);
            assertThat(together.invitations().getOrDefault(InvitationStatus.EXPIRED, 0L)).isEqualTo(1L);
            TenantCounts other = tx.counts(T2, now);
            assertThat(other.users()).filteredOn(c -> c.count() > 0).containsExactly(new StatusTypeCount(UserStatus.ACTIVE, "member", 1));
            assertThat(other.invitations().getOrDefault(InvitationStatus.PENDING, 0L)).isEqualTo(1L);
            return null;
        });
    }

    @Test
    void registrationsAreCountedPerDayInTheGivenZone() {
        ZoneId rome = ZoneId.of("Europe/Rome");
        write(tx -> {
            tx.users().insert(Records.user(T1, "a@x.example", "A", Instant.parse("2026-01-01T22:30:00Z"))); // Jan 1 UTC, Jan 1 23:30 Rome
            tx.users().insert(Records.user(T1, "b@x.example", "B", Instant.parse("2026-01-01T23:30:00Z"))); // Jan 2 in Rome
            tx.users().insert(Records.user(T1, "c@x.example", "C", Instant.parse("2026-01-02T10:00:00Z")));
            tx.users().insert(Records.user(T1, "d@x.example", "D", Instant.parse("2026-01-05T10:00:00Z"))); // outside the range
        });
        List<DayCount> days = read((StoreTransaction tx) -> tx.userQueries().countRegistrationsByDay(T1, Instant.parse("2025-12-31T23:00:00Z"),
                Instant.parse("2026-01-02T23:00:00Z"), rome));
        assertThat(days).filteredOn(d -> d.count() > 0)
                .containsExactly(new DayCount(LocalDate.of(2026, 1, 1), 1), new DayCount(LocalDate.of(2026, 1, 2), 2));
    }

    @Test
    void aDeletedUserPastItsWindowIsGoneFromListsAndCountsBeforeThePurgeRuns() {
        User kept = Records.user(T1, "kept@x.example");
        User gone = Records.user(T1, "gone@x.example");
        write(tx -> {
            tx.users().insert(kept);
            tx.users().insert(gone);
            tx.users().update(Records.deleted(kept, Records.T0, Records.T0.plus(Duration.ofDays(30))));
            tx.users().update(Records.deleted(gone, Records.T0, Records.T0.plus(Duration.ofDays(10))));
        });
        Instant day20 = Records.T0.plus(Duration.ofDays(20));
        UserQuery deleted = new UserQuery(T1, day20, Set.of(UserStatus.DELETED), null, null, null, null, null, null, UserSort.EMAIL,
                false, null, 10);

        assertThat(emails(deleted)).containsExactly("kept@x.example");
        assertThat(emails(new UserQuery(T1, day20, Set.of(), null, null, null, null, null, null, UserSort.EMAIL, false, null, 10)))
                .containsExactly("kept@x.example");
        assertThat(read((StoreTransaction tx) -> tx.userQueries().countByStatusAndType(T1, day20))).filteredOn(c -> c.count() > 0)
                .containsExactly(new StatusTypeCount(UserStatus.DELETED, "member", 1));
        assertThat(read((StoreTransaction tx) -> tx.counts(T1, day20)).users()).filteredOn(c -> c.count() > 0)
                .containsExactly(new StatusTypeCount(UserStatus.DELETED, "member", 1));
        assertThat(read((StoreTransaction tx) -> tx.userQueries().countByStatusAndType(T1, Records.T0))).filteredOn(c -> c.count() > 0)
                .containsExactly(new StatusTypeCount(UserStatus.DELETED, "member", 2));
    }

    @Test
    void aDeletedUserIsFoundByTheRolesItHadWhileMembersKeepTheirOwn() {
        User admin = Records.admin(Records.user(T1, "admin@x.example"));
        User member = Records.user(T1, "member@x.example");
        User formerAdmin = Records.admin(Records.user(T1, "former@x.example"));
        write(tx -> {
            tx.users().insert(admin);
            tx.users().insert(member);
            tx.users().insert(formerAdmin);
            tx.users().update(Records.deleted(formerAdmin, Records.T0, Records.T0.plus(Duration.ofDays(30))));
        });
        Set<RoleId> admins = Set.of(Records.ADMIN);

        assertThat(emails(new UserQuery(T1, Records.T0, Set.of(UserStatus.DELETED), null, admins, null, null, null, null, UserSort.EMAIL,
                false, null, 10))).containsExactly("former@x.example");
        assertThat(emails(new UserQuery(T1, Records.T0, Set.of(), null, admins, null, null, null, null, UserSort.EMAIL, false, null, 10)))
                .containsExactly("admin@x.example", "former@x.example");
        assertThat(emails(new UserQuery(T1, Records.T0, Set.of(UserStatus.ACTIVE, UserStatus.SUSPENDED), null, admins, null, null, null,
                null, UserSort.EMAIL, false, null, 10))).containsExactly("admin@x.example");
        assertThat(emails(new UserQuery(T1, Records.T0, Set.of(UserStatus.DELETED), null, Set.of(Records.MEMBER), null, null, null, null,
                UserSort.EMAIL, false, null, 10))).isEmpty();
    }

    @Test
    void everyFormOfAZoneIdGivesTheSameDays() {
        Instant lateEvening = Instant.parse("2026-03-02T23:30:00Z");
        write(tx -> tx.users().insert(Records.user(T1, "a@x.example", "A", lateEvening)));
        Map<LocalDate, List<String>> expected = Map.of(
                LocalDate.of(2026, 3, 3), List.of("+01:00", "GMT+1", "UTC+01:00", "UT+1", "Etc/GMT-1", "Europe/Paris", "UTC+05:30"),
                LocalDate.of(2026, 3, 2), List.of("-05:00", "GMT-5", "UTC-05:00", "Etc/GMT+5", "America/New_York", "Z", "UTC", "GMT"));
        expected.forEach((day, zones) -> {
            for (String zone : zones) {
                List<DayCount> days = read((StoreTransaction tx) -> tx.userQueries().countRegistrationsByDay(T1,
                        lateEvening.minus(Duration.ofDays(1)), lateEvening.plus(Duration.ofDays(1)), ZoneId.of(zone)));
                assertThat(days).as("zone %s", zone).filteredOn(d -> d.count() > 0).containsExactly(new DayCount(day, 1));
            }
        });
    }

    @Test
    void registrationsAreGroupedByReferrerOrigin() {
        write(tx -> {
            tx.users().insert(withSource(Records.user(T1, "a@x.example"), "https://news.example/a", null, "member"));
            tx.users().insert(withSource(Records.user(T1, "b@x.example"), "https://NEWS.example/b", null, "member"));
            tx.users().insert(Records.user(T1, "c@x.example"));
        });
        assertThat(read((StoreTransaction tx) -> tx.userQueries().countByReferrerOrigin(T1, Records.T0, Records.T0.plusSeconds(1))))
                .isEqualTo(Map.of("https://news.example", 2L, "", 1L));
    }

    private static User referred(User u, String ownCode, User referrer) {
        return new User(u.id(), u.tenantId(), u.email(), u.profile(), u.userType(), u.roles(), u.overrides(), u.groups(), u.status(), u.admin(),
                new RegistrationSource(null, null, ownCode, referrer == null ? null : referrer.id()), u.attributes(), u.createdAt(),
                u.updatedAt(), u.lastLoginAt(), u.deletion(), 0);
    }

    @Test
    void aReferralCodeFindsItsLiveOwnerAndReferredUsersAreListedAndCountedPerReferrer() {
        User ada = referred(Records.user(T1, "ada@x.example", "Ada", Records.T0), "ADA0000001", null);
        User gone = referred(Records.user(T1, "gone@x.example", "Gone", Records.T0), "GONE000001", null);
        write(tx -> {
            tx.users().insert(ada);
            tx.users().insert(referred(Records.user(T2, "ada@y.example", "Ada elsewhere", Records.T0), "ADA0000001", null));
            tx.users().insert(Records.deleted(gone, Records.T0, Records.T0.plusSeconds(60)));
            tx.users().insert(referred(Records.user(T1, "b@x.example", "B", Records.T0.plusSeconds(1)), "BBBB000001", ada));
            tx.users().insert(referred(Records.user(T1, "c@x.example", "C", Records.T0.plusSeconds(2)), "CCCC000001", ada));
            tx.users().insert(referred(Records.user(T1, "d@x.example", "D", Records.T0.plusSeconds(3)), "DDDD000001", gone));
            tx.users().insert(Records.deleted(referred(Records.user(T1, "e@x.example", "E", Records.T0.plusSeconds(4)), "EEEE000001", ada),
                    Records.T0.plusSeconds(5), Records.T0.plusSeconds(30)));
        });

        java.util.Optional<User> byCode = read(tx -> tx.users().findByReferralCode(T1, "ADA0000001"));
        java.util.Optional<User> deletedOwner = read(tx -> tx.users().findByReferralCode(T1, "GONE000001"));
        java.util.Optional<User> otherCase = read(tx -> tx.users().findByReferralCode(T1, "ada0000001"));
        assertThat(byCode.map(User::id)).contains(ada.id());
        assertThat(byCode.orElseThrow().registration().referralCode()).isEqualTo("ADA0000001");
        assertThat(deletedOwner).as("a deleted user refers nobody new").isEmpty();
        assertThat(otherCase).as("codes are matched exactly").isEmpty();

        UserQuery byAda = new UserQuery(T1, Records.T0.plusSeconds(10), Set.of(), null, null, null, null, null, null, ada.id(), UserSort.CREATED,
                false, null, 10);
        assertThat(emails(byAda)).containsExactly("b@x.example", "c@x.example", "e@x.example");
        User b = read(tx -> tx.users().findByEmail(T1, "b@x.example")).orElseThrow();
        assertThat(b.registration().referredBy()).isEqualTo(ada.id());
        long withDeleted = read(tx -> tx.userQueries().countReferredBy(T1, ada.id(), Records.T0.plusSeconds(10)));
        long afterWindow = read(tx -> tx.userQueries().countReferredBy(T1, ada.id(), Records.T0.plusSeconds(31)));
        long otherTenant = read(tx -> tx.userQueries().countReferredBy(T2, ada.id(), Records.T0));
        assertThat(withDeleted).isEqualTo(3);
        assertThat(afterWindow).as("a deleted user past its window is gone").isEqualTo(2);
        assertThat(otherTenant).isZero();
    }
}
