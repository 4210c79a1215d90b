package dev.roster.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InviteeProfile;
import dev.roster.spi.model.Person;
import dev.roster.spi.model.PersonStatus;
import dev.roster.spi.model.Profile;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.PeopleQuery;
import dev.roster.spi.store.PersonKeyset;
import dev.roster.spi.store.ProjectedUser;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.store.UserColumn;
import dev.roster.spi.store.UserKeyset;
import dev.roster.spi.store.UserQuery;
import dev.roster.spi.store.UserSort;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Walking a list page by page visits every user once, in order, for any data, sort and page size.
 * Adapters subclass it with the same factory hook as {@link StoreContract}.
 */
public abstract class KeysetPagingProperties {
    private static final TenantId T = TenantId.of("paging");

    protected abstract RosterStore newStore();

    @Property(tries = 40)
    void pagesVisitEveryUserOnceInOrder(@ForAll("names") List<String> names, @ForAll UserSort sort, @ForAll boolean descending,
            @ForAll @IntRange(min = 1, max = 7) int pageSize) {
        RosterStore store = newStore();
        store.inTransaction(tx -> {
            tx.tenants().insert(Records.tenant("paging"));
            for (int i = 0; i < names.size(); i++) {
                User u = Records.user(T, "u" + i + "@x.example", names.get(i), Records.T0.plusSeconds(names.get(i).length()));
                tx.users().insert(u.toBuilder().lastLoginAt(i % 3 == 0 ? null : Records.T0.plusSeconds(i % 4)).build());
            }
            return null;
        });
        List<User> walked = new ArrayList<>();
        UserQuery first = new UserQuery(T, Records.T0, Set.of(), null, null, null, null, null, null, sort, descending, null, pageSize);
        UserQuery next = first;
        while (true) {
            UserQuery query = next;
            Page<User> page = store.read(tx -> tx.userQueries().search(query));
            walked.addAll(page.items());
            if (!page.hasMore()) {
                break;
            }
            User last = page.items().get(page.items().size() - 1);
            next = first.continuing(new UserKeyset(sort.keyOf(last), last.id()));
            assertThat(next).isEqualTo(new UserQuery(T, Records.T0, Set.of(), null, null, null, null, null, null, sort, descending,
                    new UserKeyset(sort.keyOf(last), last.id()), pageSize));
        }
        List<User> all = store.read(tx -> tx.userQueries().search(new UserQuery(T, Records.T0, Set.of(), null, null, null, null, null, null, sort, descending,
                null, 1000))).items();
        assertThat(walked).hasSize(names.size()).doesNotHaveDuplicates().isEqualTo(all);
    }

    /**
     * A walk of projected pages (only some columns) visits the same users in the same order as a
     * walk of whole users, each value exactly {@link UserColumn#of} of the whole user, and continues
     * from the positions the projection itself gives.
     */
    @Property(tries = 40)
    void aProjectedWalkIsTheWholeWalkProjected(@ForAll("names") List<String> names, @ForAll UserSort sort, @ForAll boolean descending,
            @ForAll @IntRange(min = 1, max = 7) int pageSize, @ForAll("columns") List<UserColumn> columns) {
        RosterStore store = newStore();
        store.inTransaction(tx -> {
            tx.tenants().insert(Records.tenant("paging"));
            for (int i = 0; i < names.size(); i++) {
                User u = Records.user(T, "U" + i + "@X.example", names.get(i), Records.T0.plusSeconds(names.get(i).length()));
                // Every column filled for some users and empty for others, two role sets, two statuses.
                Profile profile = i % 2 == 0 ? u.profile() : new Profile(names.get(i), "L" + names.get(i), names.get(i), "user" + i,
                        "+49 30 " + i, ZoneId.of("Europe/Berlin"), "ext-" + i, null);
                tx.users().insert(u.toBuilder().profile(profile).lastLoginAt(i % 3 == 0 ? null : Records.T0.plusSeconds(i % 4))
                        .roles(i % 4 == 1 ? Set.of(Records.MEMBER, RoleId.of("admin")) : Set.of(Records.MEMBER))
                        .status(i % 5 == 2 ? UserStatus.SUSPENDED : UserStatus.ACTIVE).build());
            }
            return null;
        });
        UserQuery first = new UserQuery(T, Records.T0, Set.of(), null, null, null, null, null, null, sort, descending, null, pageSize);
        List<ProjectedUser> walked = new ArrayList<>();
        UserQuery next = first;
        while (true) {
            UserQuery query = next;
            Page<ProjectedUser> page = store.read(tx -> tx.userQueries().project(query, columns));
            assertThat(page.items()).allSatisfy(row -> assertThat(row.values()).hasSize(columns.size()));
            walked.addAll(page.items());
            if (!page.hasMore()) {
                break;
            }
            next = first.continuing(page.items().get(page.items().size() - 1).position());
        }
        List<User> all = store.read(tx -> tx.userQueries().search(new UserQuery(T, Records.T0, Set.of(), null, null, null, null, null, null, sort,
                descending, null, 1000))).items();
        assertThat(walked).isEqualTo(all.stream().map(u -> ProjectedUser.of(u, sort, columns)).toList());
    }

    /**
     * The same for the people view: members of every status and invitations (open, overdue, closed, named or not)
     * under any status filter; the walk also matches the order {@link UserSort#positionOf} defines.
     */
    @Property(tries = 40)
    void peoplePagesVisitEveryoneOnceInOrder(@ForAll("names") List<String> names, @ForAll("names") List<String> invitees,
            @ForAll UserSort sort, @ForAll boolean descending, @ForAll @IntRange(min = 1, max = 7) int pageSize,
            @ForAll("statuses") Set<PersonStatus> statuses) {
        RosterStore store = newStore();
        Instant now = Records.T0.plusSeconds(3);
        store.inTransaction(tx -> {
            tx.tenants().insert(Records.tenant("paging"));
            for (int i = 0; i < names.size(); i++) {
                User u = Records.user(T, "u" + i + "@x.example", names.get(i), Records.T0.plusSeconds(names.get(i).length()));
                u = u.toBuilder().lastLoginAt(i % 3 == 0 ? null : Records.T0.plusSeconds(i % 4))
                        .status(i % 5 == 1 ? UserStatus.SUSPENDED : UserStatus.ACTIVE).build();
                tx.users().insert(i % 5 == 2 ? Records.ofType(u, "embed") : i % 5 == 3 ? Records.deleted(u, now, now.plusSeconds(9)) : u);
            }
            for (int i = 0; i < invitees.size(); i++) {
                String name = invitees.get(i);
                Invitation invitation = Records.invitation(T, "i" + i + "@x.example", Records.T0.plusSeconds(name.length()), i % 4 == 3 ? now : null);
                tx.invitations().insert(invitation.toBuilder()
                        .invitee(i % 2 == 0 ? null : new InviteeProfile(null, null, name, null, null, null, null, null)).build());
            }
            return null;
        });
        PeopleQuery first = new PeopleQuery(T, now, statuses, Set.of("embed"), null, null, null, sort, descending, null, pageSize);
        List<Person> walked = new ArrayList<>();
        PeopleQuery next = first;
        while (true) {
            PeopleQuery query = next;
            Page<Person> page = store.read(tx -> tx.people(query));
            walked.addAll(page.items());
            if (!page.hasMore()) {
                break;
            }
            next = first.continuing(sort.positionOf(page.items().get(page.items().size() - 1)));
        }
        List<Person> all = store.read(tx -> tx.people(new PeopleQuery(T, now, statuses, Set.of("embed"), null, null, null,
                sort, descending, null, 1000))).items();
        assertThat(walked).doesNotHaveDuplicates().isEqualTo(all);
        Comparator<PersonKeyset> order = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        assertThat(walked).isSortedAccordingTo(Comparator.comparing(sort::positionOf, order));
        assertThat(walked).allMatch(p -> statuses.isEmpty() || statuses.contains(p.status()));
        long open = IntStream.range(0, invitees.size()).filter(i -> i % 4 != 3).count();
        long expected = (statuses.isEmpty() || statuses.contains(PersonStatus.PENDING) ? open : 0)
                + IntStream.range(0, names.size()).filter(i -> statuses.isEmpty() || statuses.contains(statusOf(i))).count();
        assertThat(walked).hasSize((int) expected);
    }

    /** What the i-th member of {@link #peoplePagesVisitEveryoneOnceInOrder} shows. */
    private static PersonStatus statusOf(int i) {
        return switch (i % 5) {
            case 1 -> PersonStatus.SUSPENDED;
            case 2 -> PersonStatus.PUBLIC;
            case 3 -> PersonStatus.DELETED;
            default -> PersonStatus.ACTIVE;
        };
    }

    @Provide
    Arbitrary<Set<PersonStatus>> statuses() {
        return Arbitraries.of(PersonStatus.class).set();
    }

    @Provide
    Arbitrary<List<UserColumn>> columns() {
        return Arbitraries.of(UserColumn.class).list().ofMaxSize(16);
    }

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.strings().withChars("aAbB zé_%").ofMinLength(1).ofMaxLength(4).list().ofMaxSize(25);
    }
}
