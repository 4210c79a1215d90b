package dev.roster.benchmarks.store;

import dev.roster.adapters.jdbc.ConnectionProvider;
import dev.roster.adapters.jdbc.JdbcRosterStore;
import dev.roster.adapters.jdbc.SchemaMode;
import dev.roster.benchmarks.store.Stopwatch.Result;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.store.UserKeyset;
import dev.roster.spi.store.UserQuery;
import dev.roster.spi.store.UserSort;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The JDBC store on an embedded PostgreSQL with a tenant of 1,000,000 users and one of 10,000,
 * each operation beside the raw SQL it is compared with, in one run. Prints every figure and the
 * ratios the issue sets as bars. Run: see docs/benchmarks.md.
 */
public final class StoreBenchmark {
    private static final TenantId BIG = TenantId.of(LargeTenants.BIG);
    private static final TenantId SMALL = TenantId.of(LargeTenants.SMALL);
    private static final Set<UserStatus> MEMBERS = Set.of(UserStatus.ACTIVE, UserStatus.SUSPENDED);

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int bigUsers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        // -Dstore.url=jdbc:postgresql://...: measure again on a database an earlier run (or Sandbox) loaded.
        String loaded = System.getProperty("store.url");
        if (loaded != null && !loaded.isBlank()) {
            try (HikariDataSource pool = pool(loaded); Connection c = pool.getConnection()) {
                run(c, pool, bigUsers);
            }
            return;
        }
        // -Dparallel=off: no parallel workers, so a query without an index cannot borrow the second core.
        String workers = "off".equals(System.getProperty("parallel")) ? "0" : "2";
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_wal_size", "4GB").setServerConfig("max_parallel_workers_per_gather", workers).start();
             HikariDataSource pool = pool(pg.getJdbcUrl("postgres", "postgres"))) {
            JdbcRosterStore.builder().dataSource(pool).schema(SchemaMode.MIGRATE).build();
            try (Connection c = pool.getConnection()) {
                LargeTenants.loadBoth(c, bigUsers);
            }
            try (Connection c = pool.getConnection()) {
                run(c, pool, bigUsers);
            }
        }
    }

    /** A small pool onto the embedded database, batched inserts rewritten into one statement. */
    public static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setMaximumPoolSize(4);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    private static void run(Connection c, HikariDataSource pool, int bigUsers) throws Exception {
        List<String> emails = activeEmails(c, 1000);
        String probe = emails.get(emails.size() / 2);
        // The store on this very connection, so its figures compare with raw SQL on the same connection.
        RosterStore store = JdbcRosterStore.builder().connections(ConnectionProvider.hostTransaction(() -> c)).schema(SchemaMode.NONE).build();
        RosterStore pooled = JdbcRosterStore.builder().dataSource(pool).schema(SchemaMode.NONE).build();
        List<String> bars = new ArrayList<>();

        // Warm the JIT on both store paths first, so neither measurement pays for compiling the other.
        for (int i = 0; i < 20000; i++) {
            String email = emails.get(i % emails.size());
            store.read(tx -> tx.users().findByEmail(BIG, email));
            pooled.read(tx -> tx.users().findByEmail(BIG, email));
        }
        System.out.println("== round trip and lookup by email (timed in turn, one call of each per round)");
        PreparedStatement selectOne = c.prepareStatement("SELECT 1");
        PreparedStatement byEmail = c.prepareStatement("SELECT user_id FROM roster_user WHERE tenant_id = ? AND email_key = ? AND status <> 'DELETED'");
        byEmail.setString(1, BIG.value());
        PreparedStatement wholeRow = c.prepareStatement("SELECT * FROM roster_user WHERE tenant_id = ? AND email_key = ? AND status <> 'DELETED'");
        wholeRow.setString(1, BIG.value());
        int[] n = {0};
        Map<String, Stopwatch.Call> lookups = new LinkedHashMap<>();
        lookups.put("raw SELECT 1", () -> one(selectOne));
        lookups.put("raw indexed lookup by email", () -> {
            byEmail.setString(2, emails.get(n[0] % emails.size()));
            return one(byEmail);
        });
        lookups.put("raw indexed lookup by email, whole row", () -> {
            wholeRow.setString(2, emails.get(n[0] % emails.size()));
            return one(wholeRow);
        });
        lookups.put("store findByEmail (through the pool)",
                () -> pooled.read(tx -> tx.users().findByEmail(BIG, emails.get(n[0] % emails.size()))).orElseThrow());
        lookups.put("store findByEmail (same connection)",
                () -> store.read(tx -> tx.users().findByEmail(BIG, emails.get(n[0]++ % emails.size()))).orElseThrow());
        List<Result> timed = Stopwatch.interleaved(5000, 20000, lookups);
        Result roundTrip = timed.get(0);
        Result rawLookup = timed.get(1);
        Result lookup = timed.get(4);
        bars.add(bar("lookup by email / SELECT 1", lookup.medianMicros() / roundTrip.medianMicros(), "<= 2", 2, true));
        System.out.printf(Locale.ROOT, "   (raw indexed lookup / SELECT 1 = %.2fx)%n", rawLookup.medianMicros() / roundTrip.medianMicros());

        System.out.println("\n== substring search, first page of 50, newest first");
        // One user's handle: a substring of one address.
        UserQuery selective = search(probe.substring(probe.lastIndexOf('.', probe.indexOf('@')) + 1, probe.indexOf('@')), null);
        String domain = probe.substring(probe.indexOf('@') + 1);
        UserQuery common = search(domain, null);
        System.out.println("   selective term '" + selective.text() + "', common term '" + domain + "'");
        Result withIndex = Stopwatch.time("store search, selective term, trigram index", 200, 2000, () -> page(store, selective, 1));
        Stopwatch.time("store search, common term (~1/200 of users)", 100, 1000, () -> page(store, common, 50));
        // The same statement, after a thousand common-term plans: had PostgreSQL switched to one
        // generic plan (the index walk), this would read the whole tenant.
        Stopwatch.time("store search, selective term again, after the common ones", 0, 200, () -> page(store, selective, 1));
        Result withoutIndex;
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("DROP INDEX roster_user_search_ix"); // undone by the rollback below
            withoutIndex = Stopwatch.time("store search, selective term, without trigram index", 1, 5, () -> page(store, selective, 1));
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
        bars.add(bar("search without / with trigram index", withoutIndex.medianMicros() / withIndex.medianMicros(), ">= 1000", 1000, false));
        System.out.println("   plan of the selective page: " + plan(c, selective.text()));
        System.out.println("   plan of the common-term page: " + plan(c, domain));
        UserQuery twoLetters = search(probe.substring(0, 2), null);
        Stopwatch.time("store search, two letters (prefix of name, email or username)", 100, 1000, () -> page(store, twoLetters, 1));
        System.out.println("   plan of the two-letter page: " + prefixPlan(c, probe.substring(0, 2)));

        System.out.println("\n== keyset pages vs OFFSET at depth 100,000");
        UserQuery first = new UserQuery(BIG, java.time.Instant.now(), MEMBERS, null, null, null, null, null, null, UserSort.CREATED, false, null, 50);
        Result page1 = Stopwatch.time("store keyset page 1", 500, 5000, () -> page(store, first, 50));
        int depth = Math.min(100_000, bigUsers / 2);
        UserKeyset deep = keysetAt(c, depth);
        UserQuery deepQuery = new UserQuery(BIG, java.time.Instant.now(), MEMBERS, null, null, null, null, null, null, UserSort.CREATED, false, deep, 50);
        Result keysetDeep = Stopwatch.time("store keyset page at depth 100,000", 500, 5000, () -> page(store, deepQuery, 50));
        PreparedStatement offset = c.prepareStatement("SELECT " + "user_id, email" + " FROM roster_user WHERE tenant_id = ? AND status IN "
                + "('ACTIVE', 'SUSPENDED') ORDER BY created_at, user_id LIMIT 50 OFFSET " + depth);
        offset.setString(1, BIG.value());
        Result offsetDeep = Stopwatch.time("raw OFFSET 100000 LIMIT 50", 3, 30, () -> count(offset));
        bars.add(bar("keyset depth 100k / page 1", keysetDeep.medianMicros() / page1.medianMicros(), "<= 1.5", 1.5, true));
        bars.add(bar("OFFSET / keyset at depth 100k", offsetDeep.medianMicros() / keysetDeep.medianMicros(), ">= 50", 50, false));

        System.out.println("\n== counts at 1,000,000 and at 10,000 users (each timed in turn with SELECT 1, one call of each per round)");
        for (String what : List.of("tab counts", "stat cards", "onboarding KPIs")) {
            Map<String, Stopwatch.Call> calls = new LinkedHashMap<>();
            calls.put("raw SELECT 1", () -> one(selectOne));
            calls.put("store " + what + ", 1,000,000 users", counts(store, BIG, what));
            calls.put("store " + what + ", 10,000 users", counts(store, SMALL, what));
            List<Result> inTurn = Stopwatch.interleaved(1000, 10000, calls);
            double select1 = inTurn.get(0).medianMicros();
            bars.add(bar(what + " 1M / 10k", inTurn.get(1).medianMicros() / inTurn.get(2).medianMicros(), "<= 2", 2, true));
            bars.add(bar(what + " 1M / SELECT 1", inTurn.get(1).medianMicros() / select1, "<= 5", 5, true));
        }
        PreparedStatement countAll = c.prepareStatement("SELECT count(*) FROM roster_user WHERE tenant_id = ?");
        countAll.setString(1, BIG.value());
        Result scan = Stopwatch.time("raw COUNT(*) over the 1M tenant (for scale)", 1, 5, () -> count(countAll));
        System.out.printf(Locale.ROOT, "   (COUNT(*) / SELECT 1 = %.0fx)%n", scan.medianMicros() / roundTrip.medianMicros());

        System.out.println("\n== 100,000 invitations in one batch call vs COPY of the same rows");
        bars.add(BulkInsertComparison.run(c, pooled));

        System.out.println("\n== bars");
        bars.forEach(System.out::println);
    }

    /** One call of a count, as the admin screens make it. */
    private static Stopwatch.Call counts(RosterStore store, TenantId tenant, String what) {
        return switch (what) {
            case "tab counts" -> () -> store.read(tx -> tx.counts(tenant, Instant.now()));
            case "stat cards" -> () -> store.read(tx -> tx.userQueries().countByStatusAndType(tenant, Instant.now()));
            default -> () -> store.read(tx -> tx.invitations().countByStatus(tenant, Instant.now()));
        };
    }

    static String bar(String name, double value, String rule, double limit, boolean atMost) {
        boolean met = atMost ? value <= limit : value >= limit;
        return String.format(Locale.ROOT, "%-40s %10.2fx   bar %-8s %s", name, value, rule, met ? "met" : "NOT MET");
    }

    private static UserQuery search(String text, UserKeyset after) {
        return new UserQuery(BIG, java.time.Instant.now(), MEMBERS, text, null, null, null, null, null, UserSort.CREATED, true, after, 50);
    }

    private static int page(RosterStore store, UserQuery query, int expectedAtLeast) {
        List<User> items = store.read(tx -> tx.userQueries().search(query)).items();
        if (items.size() < expectedAtLeast) {
            throw new IllegalStateException("expected at least " + expectedAtLeast + " users, got " + items.size());
        }
        return items.size();
    }

    private static Object one(PreparedStatement ps) throws Exception {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getObject(1);
        }
    }

    private static long count(PreparedStatement ps) throws Exception {
        long rows = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows++;
            }
        }
        return rows;
    }

    /** Emails of active users spread over the big tenant, for lookups that always find someone. */
    private static List<String> activeEmails(Connection c, int count) throws Exception {
        List<String> emails = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT email_key FROM roster_user WHERE tenant_id = ? AND status = 'ACTIVE' "
                + "ORDER BY user_id LIMIT ?")) {
            ps.setString(1, BIG.value());
            ps.setInt(2, count);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    emails.add(rs.getString(1));
                }
            }
        }
        return emails;
    }

    private static UserKeyset keysetAt(Connection c, int depth) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT created_at, user_id FROM roster_user WHERE tenant_id = ? AND status IN "
                + "('ACTIVE', 'SUSPENDED') ORDER BY created_at, user_id LIMIT 1 OFFSET " + (depth - 1))) {
            ps.setString(1, BIG.value());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new UserKeyset(rs.getObject(1, OffsetDateTime.class).toInstant(), UserId.of(rs.getObject(2, UUID.class)));
            }
        }
    }

    /** The plan for a text under three characters, which the store matches as a prefix of the keys. */
    private static String prefixPlan(Connection c, String text) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN SELECT user_id FROM roster_user WHERE tenant_id = ? AND status IN (?, ?) "
                + "AND (name_key LIKE ? ESCAPE '\\' OR email_key LIKE ? ESCAPE '\\' OR username_key LIKE ? ESCAPE '\\') "
                + "ORDER BY created_at DESC, user_id DESC LIMIT 51")) {
            ps.setString(1, BIG.value());
            ps.setString(2, "ACTIVE");
            ps.setString(3, "SUSPENDED");
            for (int i = 4; i <= 6; i++) {
                ps.setString(i, text + "%");
            }
            return topNodes(ps);
        }
    }

    /** The plan PostgreSQL picks for the store's common-term search, top nodes only. */
    private static String plan(Connection c, String term) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN SELECT user_id FROM roster_user WHERE tenant_id = ? AND status IN (?, ?) "
                + "AND search_text LIKE ? ESCAPE '\\' ORDER BY created_at DESC, user_id DESC LIMIT 51")) {
            ps.setString(1, BIG.value());
            ps.setString(2, "ACTIVE");
            ps.setString(3, "SUSPENDED");
            ps.setString(4, "%" + term + "%");
            return topNodes(ps);
        }
    }

    private static String topNodes(PreparedStatement explain) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = explain.executeQuery()) {
            while (rs.next()) {
                String line = rs.getString(1).strip();
                if (line.contains("Scan") || line.startsWith("Limit") || line.contains("Sort")) {
                    plan.append(plan.length() == 0 ? "" : " / ").append(line.replaceAll("\\s+\\(cost.*", ""));
                }
            }
        }
        return plan.toString();
    }

}
