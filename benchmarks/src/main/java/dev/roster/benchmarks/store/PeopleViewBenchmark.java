package dev.roster.benchmarks.store;

import dev.roster.adapters.jdbc.JdbcRosterStore;
import dev.roster.adapters.jdbc.SchemaMode;
import dev.roster.benchmarks.store.Stopwatch.Result;
import dev.roster.spi.model.Person;
import dev.roster.spi.model.PersonStatus;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.PeopleQuery;
import dev.roster.spi.store.PersonKeyset;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.store.UserKeyset;
import dev.roster.spi.store.UserQuery;
import dev.roster.spi.store.UserSort;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people view (members and open invitations in one list) against the members-only list it
 * extends, on the JDBC store over an embedded PostgreSQL with 1,000,000 users and about 16,700 open
 * invitations, page for page: the same order, position and page size, timed in turn. The bar:
 * within 2x. Run: see docs/benchmarks.md.
 */
public final class PeopleViewBenchmark {
    private static final TenantId BIG = TenantId.of(LargeTenants.BIG);
    private static final Set<UserStatus> MEMBERS = Set.of(UserStatus.ACTIVE, UserStatus.SUSPENDED);
    private static final Set<PersonStatus> MEMBERS_AND_PENDING = Set.of(PersonStatus.ACTIVE, PersonStatus.SUSPENDED, PersonStatus.PENDING);
    /** A public type none of the generated users has: the ACTIVE filter then carries its NOT IN, as under a real policy. */
    private static final Set<String> PUBLIC_TYPES = Set.of("embed");
    private static final int PAGE = 50;

    private PeopleViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        LargeTenants.onLoadedDatabase(args, PeopleViewBenchmark::run);
    }

    private static void run(HikariDataSource pool) {
        RosterStore store = JdbcRosterStore.builder().dataSource(pool).schema(SchemaMode.NONE).build();
        Instant now = Instant.now();
        List<String> bars = new ArrayList<>();
        for (UserSort sort : UserSort.values()) {
            for (boolean descending : new boolean[] {true, false}) {
                String order = sort + (descending ? " desc" : " asc");
                UserQuery members = new UserQuery(BIG, now, MEMBERS, null, null, null, null, null, null, sort, descending, null, PAGE);
                PeopleQuery people = new PeopleQuery(BIG, now, MEMBERS_AND_PENDING, PUBLIC_TYPES, null, null, null, sort, descending, null, PAGE);
                bars.add(compare(store, "first page, " + order, members, people));
                // Deep in the list: a position 100,000 people in, reached by walking pages of 500.
                UserQuery deepMembers = members.continuing(memberAt(store, members, 100_000, sort));
                PeopleQuery deepPeople = people.continuing(personAt(store, people, 100_000, sort));
                bars.add(compare(store, "page at depth 100,000, " + order, deepMembers, deepPeople));
            }
        }
        UserQuery common = new UserQuery(BIG, now, MEMBERS, "kalo", null, null, null, null, null, UserSort.CREATED, true, null, PAGE);
        bars.add(compare(store, "search 'kalo', created desc", common, new PeopleQuery(BIG, now, MEMBERS_AND_PENDING, PUBLIC_TYPES, "kalo", null,
                null, UserSort.CREATED, true, null, PAGE)));
        UserQuery everyone = new UserQuery(BIG, now, Set.of(), null, null, null, null, null, null, UserSort.NAME, false, null, PAGE);
        bars.add(compare(store, "no status filter, name asc", everyone, new PeopleQuery(BIG, now, Set.of(), PUBLIC_TYPES, null, null, null,
                UserSort.NAME, false, null, PAGE)));
        UserQuery activeOnly = new UserQuery(BIG, now, Set.of(UserStatus.ACTIVE), null, null, null, null, null, null, UserSort.EMAIL, false, null, PAGE);
        bars.add(compare(store, "ACTIVE only, email asc", activeOnly, new PeopleQuery(BIG, now, Set.of(PersonStatus.ACTIVE), PUBLIC_TYPES, null,
                null, null, UserSort.EMAIL, false, null, PAGE)));
        System.out.println("\n== bars (people view / members-only list, median of interleaved calls; bar <= 2)");
        bars.forEach(System.out::println);
    }

    private static String compare(RosterStore store, String what, UserQuery members, PeopleQuery people) {
        Map<String, Stopwatch.Call> calls = new LinkedHashMap<>();
        calls.put("members-only list, " + what, () -> store.read(tx -> tx.userQueries().search(members)).items().size());
        calls.put("people view,       " + what, () -> store.read(tx -> tx.people(people)).items().size());
        List<Result> timed = Stopwatch.interleaved(300, 2000, calls);
        return StoreBenchmark.bar(what, timed.get(1).medianMicros() / timed.get(0).medianMicros(), "<= 2", 2, true);
    }

    private static UserKeyset memberAt(RosterStore store, UserQuery first, int depth, UserSort sort) {
        UserQuery query = new UserQuery(first.tenant(), first.now(), first.statuses(), null, null, null, null, null, null, sort, first.descending(),
                null, 500);
        User last = null;
        for (int seen = 0; seen < depth; seen += 500) {
            UserQuery page = last == null ? query : query.continuing(new UserKeyset(sort.keyOf(last), last.id()));
            List<User> items = store.read(tx -> tx.userQueries().search(page)).items();
            last = items.get(items.size() - 1);
        }
        return new UserKeyset(sort.keyOf(last), last.id());
    }

    private static PersonKeyset personAt(RosterStore store, PeopleQuery first, int depth, UserSort sort) {
        PeopleQuery query = new PeopleQuery(first.tenant(), first.now(), first.statuses(), first.publicTypes(), null, null, null, sort,
                first.descending(), null, 500);
        Person last = null;
        for (int seen = 0; seen < depth; seen += 500) {
            PeopleQuery page = last == null ? query : query.continuing(sort.positionOf(last));
            List<Person> items = store.read(tx -> tx.people(page)).items();
            last = items.get(items.size() - 1);
        }
        return sort.positionOf(last);
    }
}
