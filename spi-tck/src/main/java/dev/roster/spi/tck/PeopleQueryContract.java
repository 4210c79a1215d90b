package dev.roster.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.InviteeProfile;
import dev.roster.spi.model.Person;
import dev.roster.spi.model.PersonStatus;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.PeopleQuery;
import dev.roster.spi.store.UserSort;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The people view: members and open invitations in one list, filtered, searched and ordered alike on every store. */
public abstract class PeopleQueryContract extends StoreContract {
    private static final Instant NOW = Records.T0.plus(Duration.ofDays(10));
    private static final Set<String> PUBLIC_TYPES = Set.of("embed");

    private static PeopleQuery query(Set<PersonStatus> statuses, String text, UserSort sort, boolean descending) {
        return new PeopleQuery(T1, NOW, statuses, PUBLIC_TYPES, text, null, null, sort, descending, null, 100);
    }

    private List<String> listed(PeopleQuery query) {
        return read(tx -> tx.people(query)).items().stream()
                .map(p -> p.email().addressKey() + "=" + p.status()).toList();
    }

    private static Invitation named(Invitation invitation, String first, String last, String display) {
        return invitation.toBuilder().invitee(new InviteeProfile(first, last, display, null, null, null, null, null)).build();
    }

    /** One of each: an active, a public, a suspended and a deleted member, an open invitation, and what the list leaves out. */
    private void everyKind() {
        write(tx -> {
            tx.users().insert(Records.user(T1, "active@x.example", "Active", Records.T0.plusSeconds(1)));
            tx.users().insert(Records.ofType(Records.user(T1, "public@x.example", "Public", Records.T0.plusSeconds(2)), "embed"));
            tx.users().insert(Records.user(T1, "suspended@x.example", "Suspended", Records.T0.plusSeconds(3)).toBuilder()
                    .status(UserStatus.SUSPENDED).build());
            tx.users().insert(Records.deleted(Records.user(T1, "deleted@x.example", "Deleted", Records.T0.plusSeconds(4)), NOW,
                    NOW.plus(Duration.ofDays(1))));
            tx.users().insert(Records.deleted(Records.user(T1, "gone@x.example", "Gone", Records.T0.plusSeconds(5)), Records.T0, NOW));
            tx.invitations().insert(Records.invitation(T1, "pending@x.example", Records.T0.plusSeconds(6), NOW.plusSeconds(1)));
            tx.invitations().insert(Records.invitation(T1, "forever@x.example", Records.T0.plusSeconds(7), null));
            tx.invitations().insert(Records.invitation(T1, "overdue@x.example", Records.T0.plusSeconds(8), NOW));
            tx.invitations().insert(Records.closed(Records.invitation(T1, "revoked@x.example", Records.T0.plusSeconds(9), null),
                    InvitationStatus.REVOKED, Records.T0.plusSeconds(9)));
            tx.invitations().insert(Records.closed(Records.invitation(T1, "accepted@x.example", Records.T0.plusSeconds(10), null),
                    InvitationStatus.ACCEPTED, Records.T0.plusSeconds(10)));
            tx.users().insert(Records.user(T2, "other@x.example", "Other tenant", Records.T0));
            tx.invitations().insert(Records.invitation(T2, "invited-elsewhere@x.example", Records.T0, null));
        });
    }

    @Test
    void listsMembersAndOpenInvitationsTogetherEachWithOneStatus() {
        everyKind();
        assertThat(listed(query(Set.of(), null, UserSort.CREATED, false))).containsExactly("active@x.example=ACTIVE",
                "public@x.example=PUBLIC", "suspended@x.example=SUSPENDED", "deleted@x.example=DELETED", "pending@x.example=PENDING",
                "forever@x.example=PENDING");
        List<Person> people = read(tx -> tx.people(query(Set.of(), null, UserSort.CREATED, true))).items();
        assertThat(people.get(0).isInvitation()).isTrue();
        assertThat(people.get(0).openInvitation().orElseThrow().email().canonical()).isEqualTo("forever@x.example");
        assertThat(people.get(5).member().orElseThrow().email().canonical()).isEqualTo("active@x.example");
    }

    @Test
    void eachStatusFilterListsExactlyItsPeople() {
        everyKind();
        assertThat(listed(query(Set.of(PersonStatus.ACTIVE), null, UserSort.CREATED, false))).containsExactly("active@x.example=ACTIVE");
        assertThat(listed(query(Set.of(PersonStatus.PUBLIC), null, UserSort.CREATED, false))).containsExactly("public@x.example=PUBLIC");
        assertThat(listed(query(Set.of(PersonStatus.SUSPENDED), null, UserSort.CREATED, false)))
                .containsExactly("suspended@x.example=SUSPENDED");
        assertThat(listed(query(Set.of(PersonStatus.DELETED), null, UserSort.CREATED, false))).containsExactly("deleted@x.example=DELETED");
        assertThat(listed(query(Set.of(PersonStatus.PENDING), null, UserSort.CREATED, false)))
                .containsExactly("pending@x.example=PENDING", "forever@x.example=PENDING");
        assertThat(listed(query(Set.of(PersonStatus.ACTIVE, PersonStatus.PUBLIC), null, UserSort.CREATED, false)))
                .containsExactly("active@x.example=ACTIVE", "public@x.example=PUBLIC");
        assertThat(listed(query(Set.of(PersonStatus.ACTIVE, PersonStatus.SUSPENDED, PersonStatus.PENDING), null, UserSort.CREATED, false)))
                .containsExactly("active@x.example=ACTIVE", "suspended@x.example=SUSPENDED", "pending@x.example=PENDING",
                        "forever@x.example=PENDING");
    }

    @Test
    void withoutPublicTypesEveryActiveMemberIsActiveAndNoneIsPublic() {
        everyKind();
        PeopleQuery noPublicTypes = new PeopleQuery(T1, NOW, Set.of(PersonStatus.ACTIVE), Set.of(), null, null, null, UserSort.CREATED, false,
                null, 10);
        assertThat(listed(noPublicTypes)).containsExactly("active@x.example=ACTIVE", "public@x.example=ACTIVE");
        assertThat(listed(new PeopleQuery(T1, NOW, Set.of(PersonStatus.PUBLIC), Set.of(), null, null, null, UserSort.CREATED, false, null, 10)))
                .isEmpty();
    }

    @Test
    void searchFindsInviteesByTheirNameAndAddressAsPlainText() {
        write(tx -> {
            tx.users().insert(Records.user(T1, "grace@x.example", "Grace Hopper", Records.T0));
            tx.invitations().insert(named(Records.invitation(T1, "gh@y.example", Records.T0.plusSeconds(1), null), null, null, "Gracie Hopkins"));
            tx.invitations().insert(named(Records.invitation(T1, "ann@y.example", Records.T0.plusSeconds(2), null), "Ann", "Hopewell", null));
            tx.invitations().insert(Records.invitation(T1, "hop@z.example", Records.T0.plusSeconds(3), null));
            tx.invitations().insert(Records.invitation(T1, "100%@z.example", Records.T0.plusSeconds(4), null));
            tx.invitations().insert(Records.invitation(T1, "1000@z.example", Records.T0.plusSeconds(5), null));
        });
        assertThat(listed(query(Set.of(), "HOP", UserSort.CREATED, false))).containsExactly("grace@x.example=ACTIVE", "gh@y.example=PENDING",
                "ann@y.example=PENDING", "hop@z.example=PENDING");
        assertThat(listed(query(Set.of(PersonStatus.PENDING), "ann hope", UserSort.CREATED, false))).containsExactly("ann@y.example=PENDING");
        assertThat(listed(query(Set.of(), "gr", UserSort.CREATED, false))).containsExactly("grace@x.example=ACTIVE", "gh@y.example=PENDING");
        assertThat(listed(query(Set.of(), "0%@", UserSort.CREATED, false))).containsExactly("100%@z.example=PENDING");
        assertThat(listed(query(Set.of(), "' OR '1'='1", UserSort.CREATED, false))).isEmpty();
    }

    @Test
    void roleAndTypeFiltersApplyToInvitationsAsToMembers() {
        RoleId editor = RoleId.of("editor");
        write(tx -> {
            tx.users().insert(Records.user(T1, "member@x.example", "Member", Records.T0));
            tx.users().insert(Records.user(T1, "editor@x.example", "Editor", Records.T0.plusSeconds(1)).toBuilder().roles(Set.of(editor)).build());
            tx.users().insert(Records.deleted(Records.user(T1, "was-editor@x.example", "Was", Records.T0.plusSeconds(2)).toBuilder()
                    .roles(Set.of(editor)).build(), NOW, NOW.plusSeconds(60)));
            tx.invitations().insert(Records.invitation(T1, "invited-member@x.example", Records.T0.plusSeconds(3), null));
            tx.invitations().insert(Records.invitation(T1, "invited-editor@x.example", Records.T0.plusSeconds(4), null, Set.of(editor), "analyst"));
        });
        PeopleQuery editors = new PeopleQuery(T1, NOW, Set.of(), PUBLIC_TYPES, null, Set.of(editor), null, UserSort.CREATED, false, null, 10);
        assertThat(listed(editors)).containsExactly("editor@x.example=ACTIVE", "was-editor@x.example=DELETED", "invited-editor@x.example=PENDING");
        PeopleQuery analysts = new PeopleQuery(T1, NOW, Set.of(), PUBLIC_TYPES, null, null, Set.of("analyst"), UserSort.CREATED, false, null, 10);
        assertThat(listed(analysts)).containsExactly("invited-editor@x.example=PENDING");
    }

    @Test
    void onEqualKeysMembersComeBeforeInvitationsAndInvitationsNeverSignedIn() {
        write(tx -> {
            tx.users().insert(Records.user(T1, "b@x.example", "Same", Records.T0));
            tx.users().insert(Records.user(T1, "signed-in@x.example", "Signed in", Records.T0).toBuilder().lastLoginAt(NOW).build());
            tx.invitations().insert(named(Records.invitation(T1, "a@x.example", Records.T0, null), null, null, "SAME"));
        });
        assertThat(listed(query(Set.of(), null, UserSort.NAME, false))).containsExactly("b@x.example=ACTIVE", "a@x.example=PENDING",
                "signed-in@x.example=ACTIVE");
        assertThat(listed(query(Set.of(), null, UserSort.NAME, true))).containsExactly("signed-in@x.example=ACTIVE", "a@x.example=PENDING",
                "b@x.example=ACTIVE");
        assertThat(listed(query(Set.of(), null, UserSort.LAST_LOGIN, false))).containsExactly("b@x.example=ACTIVE", "a@x.example=PENDING",
                "signed-in@x.example=ACTIVE");
        assertThat(listed(query(EnumSet.of(PersonStatus.ACTIVE, PersonStatus.PENDING), null, UserSort.EMAIL, false)))
                .containsExactly("a@x.example=PENDING", "b@x.example=ACTIVE", "signed-in@x.example=ACTIVE");
    }

    @Test
    void anInviteeWithoutANameSortsByItsAddress() {
        write(tx -> {
            tx.users().insert(Records.user(T1, "zed@x.example", "Mike", Records.T0));
            tx.invitations().insert(Records.invitation(T1, "lima@x.example", Records.T0, null));
            tx.invitations().insert(named(Records.invitation(T1, "alpha@x.example", Records.T0, null), "Oscar", null, null));
        });
        assertThat(listed(query(Set.of(), null, UserSort.NAME, false))).containsExactly("lima@x.example=PENDING", "zed@x.example=ACTIVE",
                "alpha@x.example=PENDING");
        User mike = read(tx -> tx.people(query(Set.of(PersonStatus.ACTIVE), null, UserSort.NAME, false))).items().get(0).user();
        assertThat(mike.profile().displayName()).isEqualTo("Mike");
    }

    /** The longest addresses there are: 243 characters here, with no name to sort by, and one released by a type change. */
    public static final String LONG_ADDRESS = "zz@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(40) + ".example";

    @Test
    void theLongestAddressesAreListedSortedAndPagedThrough() {
        User replaced = Records.user(T1, "x" + LONG_ADDRESS, "Replaced", Records.T0);
        write(tx -> {
            tx.invitations().insert(Records.invitation(T1, LONG_ADDRESS, Records.T0, null));
            tx.users().insert(replaced.toBuilder().email(replaced.email().releasedTo(dev.roster.spi.model.UserId.of(java.util.UUID.randomUUID())))
                    .status(UserStatus.SUSPENDED).build());
            tx.users().insert(Records.user(T1, "a@x.example", "A", Records.T0));
        });
        for (UserSort sort : List.of(UserSort.NAME, UserSort.EMAIL)) {
            List<String> walked = new java.util.ArrayList<>();
            PeopleQuery first = new PeopleQuery(T1, NOW, Set.of(), PUBLIC_TYPES, null, null, null, sort, false, null, 1);
            PeopleQuery query = first;
            while (true) {
                PeopleQuery current = query;
                var page = read(tx -> tx.people(current));
                page.items().forEach(p -> walked.add(p.email().addressKey()));
                if (!page.hasMore()) {
                    break;
                }
                query = first.continuing(sort.positionOf(page.items().get(0)));
            }
            assertThat(walked).as(sort.name()).containsExactlyInAnyOrder("a@x.example", LONG_ADDRESS, "x" + LONG_ADDRESS);
        }
    }
}
