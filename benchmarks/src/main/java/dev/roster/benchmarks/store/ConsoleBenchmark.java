package dev.roster.benchmarks.store;

import com.zaxxer.hikari.HikariDataSource;
import dev.roster.adapters.jdbc.JdbcRosterStore;
import dev.roster.adapters.jdbc.SchemaMode;
import dev.roster.benchmarks.sheets.PostgresSheetsBenchmark;
import dev.roster.benchmarks.store.Stopwatch.Result;
import dev.roster.console.Console;
import dev.roster.console.ConsoleRequest;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.query.PeopleListRequest;
import dev.roster.spi.model.PersonStatus;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.UserSort;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The console's people page of a 1,000,000-user tenant on PostgreSQL: the server's time to answer
 * {@code GET /users} (first page, counts, cards, rendered) against the directory calls that page makes,
 * timed in turn. The bar: within 3x, the rendering adding at most twice the data's own cost.
 * Run: see docs/benchmarks.md.
 */
public final class ConsoleBenchmark {
    private static final TenantId BIG = TenantId.of(LargeTenants.BIG);
    private static final int PAGE = 25;

    private ConsoleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        LargeTenants.onLoadedDatabase(args, ConsoleBenchmark::run);
    }

    private static void run(HikariDataSource pool) throws Exception {
        JdbcRosterStore store = JdbcRosterStore.builder().dataSource(pool).schema(SchemaMode.NONE).build();
        try (Roster roster = Roster.builder().store(store).policy(dev.roster.benchmarks.sheets.DryRunBenchmark.policy())
                .mail(PostgresSheetsBenchmark.queuedOnly()).invitationLink("https://app.example/invite?token={token}").build()) {
            Actor admin = Actor.user(BIG, activeAdmin(pool));
            Console console = Console.builder(roster).authorizer(request -> Optional.of(admin)).build();
            List<String> bars = new ArrayList<>();
            bars.add(compare(roster, console, admin, "members tab, newest first", Map.of(), Tabs.MEMBERS, null, UserSort.CREATED, true));
            bars.add(compare(roster, console, admin, "everyone tab, by name", Map.of("tab", "everyone", "sort", "name", "dir", "asc"),
                    EnumSet.allOf(PersonStatus.class), null, UserSort.NAME, false));
            bars.add(compare(roster, console, admin, "pending tab", Map.of("tab", "pending"), Set.of(PersonStatus.PENDING), null,
                    UserSort.CREATED, true));
            bars.add(compare(roster, console, admin, "search 'kalo'", Map.of("q", "kalo"), Tabs.MEMBERS, "kalo", UserSort.CREATED, true));
            breakdown(roster, admin);
            System.out.println("\n== bars (GET /users rendered / the directory calls it makes, median of interleaved calls; bar <= 3)");
            bars.forEach(System.out::println);
        }
    }

    /** The members tab's statuses, as the console's tab has them. */
    private static final class Tabs {
        static final Set<PersonStatus> MEMBERS = Set.of(PersonStatus.ACTIVE, PersonStatus.PUBLIC, PersonStatus.SUSPENDED);
    }

    private static String compare(Roster roster, Console console, Actor admin, String what, Map<String, String> query, Set<PersonStatus> statuses,
            String text, UserSort sort, boolean descending) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        query.forEach((k, v) -> params.put(k, List.of(v)));
        ConsoleRequest get = new ConsoleRequest("GET", "/roster", "/users", params, Map.of(), Map.of("Host", List.of("localhost")), "127.0.0.1", null);
        PeopleListRequest list = PeopleListRequest.everyone(PAGE).withStatuses(statuses).withText(text).withSort(sort, descending);
        String type = roster.policy().defaultUserType();
        Map<String, Stopwatch.Call> calls = new LinkedHashMap<>();
        calls.put("directory calls, " + what, () -> {
            roster.directory().peopleCounts(admin);
            int n = roster.directory().listPeople(admin, list).items().size();
            roster.directory().statCards(admin);
            roster.directory().onboarding(admin);
            roster.directory().seatUsage(admin);
            roster.permissions().grantableRoles(admin, type);
            return n;
        });
        calls.put("GET /users,      " + what, () -> {
            var response = console.handle(get);
            if (response.status() != 200) {
                throw new IllegalStateException("the page answered " + response.status());
            }
            return response.body().length;
        });
        List<Result> timed = Stopwatch.interleaved(100, 500, calls);
        return StoreBenchmark.bar(what, timed.get(1).medianMicros() / timed.get(0).medianMicros(), "<= 3", 3, true);
    }

    /** Each directory call of the members tab on its own, to say where a page's time goes. */
    private static void breakdown(Roster roster, Actor admin) {
        PeopleListRequest list = PeopleListRequest.everyone(PAGE).withStatuses(Tabs.MEMBERS);
        Map<String, Stopwatch.Call> calls = new LinkedHashMap<>();
        calls.put("peopleCounts", () -> roster.directory().peopleCounts(admin));
        calls.put("listPeople (members tab, first page)", () -> roster.directory().listPeople(admin, list).items().size());
        calls.put("statCards", () -> roster.directory().statCards(admin));
        calls.put("onboarding", () -> roster.directory().onboarding(admin));
        calls.put("seatUsage", () -> roster.directory().seatUsage(admin));
        calls.put("grantableRoles", () -> roster.permissions().grantableRoles(admin, roster.policy().defaultUserType()));
        System.out.println("\n== where the members tab's data time goes");
        Stopwatch.interleaved(50, 300, calls);
    }

    private static UserId activeAdmin(HikariDataSource pool) throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT user_id FROM roster_user WHERE tenant_id = '" + LargeTenants.BIG
                     + "' AND is_admin AND status = 'ACTIVE' LIMIT 1")) {
            rs.next();
            return UserId.of((UUID) rs.getObject(1));
        }
    }
}
