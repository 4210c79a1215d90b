package dev.roster.core.query;

import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.core.error.ValidationException;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.presets.SeatCountedTeam;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestStoreFactory;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.model.Person;
import dev.roster.spi.model.PersonStatus;
import dev.roster.spi.model.User;
import dev.roster.spi.store.UserSort;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The people list: members and open invitations in one list with one status filter, paged by cursor,
 * counted per status, under the viewing permission. On the in-memory store and again on PostgreSQL.
 */
class PeopleViewTest {
    private final Fixture f = new Fixture(SeatCountedTeam.policy(), TestStoreFactory.freshStore(), LifecycleHooks.NONE, false);

    /** An active, a suspended, a deleted and a public member beside the admin, and two people invited. */
    private void everyStatus() {
        f.member("active@bi.example", SeatCountedTeam.EXPLORER);
        User suspended = f.member("inactive@bi.example", SeatCountedTeam.VIEWER);
        f.roster.lifecycle().suspend(f.adminActor, suspended.id());
        User deleted = f.member("deleted@bi.example", SeatCountedTeam.VIEWER);
        f.roster.lifecycle().delete(f.adminActor, deleted.id());
        f.roster.users().create(f.adminActor, CreateUserCommand.of("embed@bi.example", ProfileFields.EMPTY, SeatCountedTeam.PUBLIC_TYPE, null));
        f.invite("pending@bi.example", SeatCountedTeam.ANALYST);
        f.invite("later@bi.example", SeatCountedTeam.VIEWER);
    }

    private List<String> emails(PeopleListRequest request) {
        return f.roster.directory().listPeople(f.adminActor, request).items().stream().map(p -> p.email().canonical()).toList();
    }

    @Test
    void everyoneIsListedOnceWithTheStatusTheProductShows() {
        everyStatus();
        List<Person> people = f.roster.directory().listPeople(f.adminActor, PeopleListRequest.everyone(50).withSort(UserSort.EMAIL, false)).items();
        assertThat(people).extracting(p -> p.email().canonical() + " " + p.status()).containsExactly("active@bi.example ACTIVE",
                "ada@acme.example ACTIVE", "deleted@bi.example DELETED", "embed@bi.example PUBLIC", "inactive@bi.example SUSPENDED",
                "later@bi.example PENDING", "pending@bi.example PENDING");
        Person pending = people.get(6);
        assertThat(pending.roles()).containsExactly(SeatCountedTeam.ANALYST);
        assertThat(pending.lastLoginAt()).isEmpty();
        assertThat(pending.name()).isEmpty();
    }

    @Test
    void theCountsBesideTheFilterAreWhatEachFilterLists() {
        everyStatus();
        PeopleCounts counts = f.roster.directory().peopleCounts(f.adminActor);
        for (PersonStatus status : PersonStatus.values()) {
            assertThat(emails(PeopleListRequest.everyone(50).withStatuses(Set.of(status)))).as(status.name()).hasSize((int) counts.of(status));
        }
        assertThat(counts.of(PersonStatus.ACTIVE)).isEqualTo(2);
        assertThat(counts.of(PersonStatus.PENDING)).isEqualTo(2);
        assertThat(counts.total()).isEqualTo(7);
    }

    @Test
    void acceptingMovesAPersonFromPendingToActiveWithoutListingItTwice() {
        InvitationReceipt receipt = f.roster.invitations().invite(f.adminActor, InviteCommand.of("new@bi.example", SeatCountedTeam.VIEWER));
        assertThat(emails(PeopleListRequest.everyone(50).withStatuses(Set.of(PersonStatus.PENDING)))).containsExactly("new@bi.example");
        f.roster.invitees().accept(f.tenant, receipt.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY));
        assertThat(emails(PeopleListRequest.everyone(50).withText("new@"))).containsExactly("new@bi.example");
        assertThat(f.roster.directory().listPeople(f.adminActor, PeopleListRequest.everyone(50).withText("new@")).items().get(0).status())
                .isEqualTo(PersonStatus.ACTIVE);
        f.invite("gone@bi.example");
        f.roster.invitations().revoke(f.adminActor, f.roster.directory().listPeople(f.adminActor, PeopleListRequest.everyone(50)
                .withText("gone@")).items().get(0).openInvitation().orElseThrow().id());
        assertThat(emails(PeopleListRequest.everyone(50).withText("gone@"))).isEmpty();
    }

    @Test
    void cursorsWalkTheWholeListInEveryOrder() {
        everyStatus();
        for (int i = 0; i < 6; i++) {
            f.invite("invitee" + i + "@bi.example");
            f.member("member" + i + "@bi.example", SeatCountedTeam.VIEWER);
        }
        for (UserSort sort : UserSort.values()) {
            for (boolean desc : new boolean[] {false, true}) {
                PeopleListRequest request = PeopleListRequest.everyone(3).withSort(sort, desc)
                        .withStatuses(EnumSet.of(PersonStatus.ACTIVE, PersonStatus.SUSPENDED, PersonStatus.PENDING));
                List<String> walked = new ArrayList<>();
                String cursor = null;
                do {
                    PeoplePage page = f.roster.directory().listPeople(f.adminActor, request.withCursor(cursor));
                    page.items().forEach(p -> walked.add(p.email().canonical()));
                    cursor = page.nextCursor().orElse(null);
                } while (cursor != null);
                assertThat(walked).as(sort + (desc ? " desc" : " asc")).doesNotHaveDuplicates()
                        .isEqualTo(emails(request.withLimit(500)));
                assertThat(walked).hasSize(2 + 1 + 2 + 12);
            }
        }
    }

    @Test
    void aCursorOfAnotherListOrOrderOrAForgedOneIsRefusedByName() {
        everyStatus();
        String people = f.roster.directory().listPeople(f.adminActor, PeopleListRequest.everyone(1)).nextCursor().orElseThrow();
        String members = f.roster.directory().listUsers(f.adminActor, UserListRequest.members(1)).nextCursor().orElseThrow();
        for (PeopleListRequest bad : List.of(PeopleListRequest.everyone(1).withCursor(members),
                PeopleListRequest.everyone(1).withSort(UserSort.NAME, true).withCursor(people),
                PeopleListRequest.everyone(1).withCursor(people.substring(0, people.length() - 3)),
                PeopleListRequest.everyone(1).withCursor(java.util.Base64.getUrlEncoder().encodeToString("c1|people-CREATED|d|x00|t1:0".getBytes())))) {
            assertThat(catchThrowableOfType(ValidationException.class, () -> f.roster.directory().listPeople(f.adminActor, bad)).violations()
                    .get(0).path()).isEqualTo("cursor");
        }
        assertThat(catchThrowableOfType(ValidationException.class, () -> f.roster.directory().listUsers(f.adminActor,
                UserListRequest.members(1).withCursor(people))).violations().get(0).path()).isEqualTo("cursor");
    }

    @Test
    void badRequestsNameTheirFieldAndOnlyViewersSeeAnyone() {
        everyStatus();
        assertThat(catchThrowableOfType(ValidationException.class, () -> f.roster.directory().listPeople(f.adminActor,
                PeopleListRequest.everyone(0))).violations().get(0).path()).isEqualTo("limit");
        assertThat(catchThrowableOfType(ValidationException.class, () -> f.roster.directory().listPeople(f.adminActor,
                PeopleListRequest.everyone(5).withText("a\u0000b"))).violations().get(0).path()).isEqualTo("text");
        assertThat(catchThrowableOfType(ValidationException.class, () -> f.roster.directory().listPeople(f.adminActor,
                PeopleListRequest.everyone(5).withSort(null, false))).violations().get(0).path()).isEqualTo("sort");
        Set<dev.roster.spi.model.RoleId> manyRoles = new java.util.HashSet<>();
        for (int i = 0; i <= Directory.MAX_FILTER_VALUES; i++) {
            manyRoles.add(dev.roster.spi.model.RoleId.of("r" + i));
        }
        assertThat(catchThrowableOfType(ValidationException.class, () -> f.roster.directory().listPeople(f.adminActor,
                PeopleListRequest.everyone(5).withRoles(manyRoles))).violations().get(0).path()).isEqualTo("roles");
        assertThat(catchThrowableOfType(ValidationException.class, () -> f.roster.directory().listPeople(f.adminActor,
                PeopleListRequest.everyone(5).withUserTypes(Set.of("t".repeat(65))))).violations().get(0).path()).startsWith("userTypes");
        assertThat(catchThrowableOfType(ValidationException.class, () -> f.roster.directory().listUsers(f.adminActor,
                UserListRequest.all(5).withRoles(manyRoles))).violations().get(0).path()).isEqualTo("roles");
        User viewer = f.member("viewer@bi.example", SeatCountedTeam.VIEWER);
        assertThat(codeOf(() -> f.roster.directory().listPeople(f.actor(viewer), PeopleListRequest.everyone(5))))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.directory().peopleCounts(f.actor(viewer)))).isEqualTo(ErrorCode.PERMISSION_DENIED);
    }
}
