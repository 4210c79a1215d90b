package dev.roster.benchmarks.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Fills the Roster schema with generated tenants in SQL (fast, and the same rows every run):
 * users whose names, emails and keys follow the store's rules for ASCII text, invitations in
 * every status, and the counters the store would have kept.
 *
 * <p>Names are built from 40 syllables (1,600 first names, 64,000 last names); emails are
 * {@code first.last.<handle>@<one of 200 domains>.com}, the handle eight hex digits unique to the
 * user (a multiplicative hash of its number), as the random-looking parts of real addresses are.
 * A handle matches one user, a domain about 1/200 of them.
 */
public final class LargeTenants {
    static final String BIG = "big";
    static final String SMALL = "small";
    /**
     * A version-7 UUID from the row's creation instant {@code t} and its number {@code g}, as Roster makes
     * ids (time-ordered): rows made together sit together in an id order, as in a live table.
     */
    private static final String TIME_ORDERED_ID = "(lpad(to_hex((extract(epoch FROM t) * 1000)::bigint), 12, '0') || '7' "
            + "|| lpad(to_hex(g % 4096), 3, '0') || '8' || lpad(to_hex((g / 4096) % 4096), 3, '0') || lpad(to_hex(g), 12, '0'))::uuid";

    private LargeTenants() {
    }

    /** A benchmark over the two tenants. */
    @FunctionalInterface
    public interface Run {
        void on(com.zaxxer.hikari.HikariDataSource pool) throws Exception;
    }

    /**
     * Runs a benchmark against the database {@code -Dstore.url} names (a running {@code exec:exec@sandbox},
     * already loaded), or else against a fresh embedded PostgreSQL loaded with both tenants.
     *
     * @param args the benchmark's arguments: the big tenant's users first, 1,000,000 when absent
     * @param benchmark what to run
     * @throws Exception when the run fails
     */
    public static void onLoadedDatabase(String[] args, Run benchmark) throws Exception {
        int bigUsers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String loaded = System.getProperty("store.url");
        if (loaded != null && !loaded.isBlank()) {
            try (com.zaxxer.hikari.HikariDataSource pool = StoreBenchmark.pool(loaded)) {
                benchmark.on(pool);
            }
            return;
        }
        try (io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setServerConfig("shared_buffers", "512MB").setServerConfig("max_wal_size", "4GB").start();
             com.zaxxer.hikari.HikariDataSource pool = StoreBenchmark.pool(pg.getJdbcUrl("postgres", "postgres"))) {
            dev.roster.adapters.jdbc.JdbcRosterStore.builder().dataSource(pool).schema(dev.roster.adapters.jdbc.SchemaMode.MIGRATE).build();
            try (Connection c = pool.getConnection()) {
                loadBoth(c, bigUsers);
            }
            benchmark.on(pool);
        }
    }

    /** The benchmark's two tenants, "big" and "small" (10,000 users), then fresh planner statistics. */
    public static void loadBoth(Connection c, int bigUsers) throws SQLException {
        long t0 = System.nanoTime();
        load(c, BIG, bigUsers, bigUsers / 10);
        load(c, SMALL, 10_000, 1_000);
        analyze(c);
        System.out.printf(Locale.ROOT, "loaded %,d + 10,000 users in %.1f s%n%n", bigUsers, (System.nanoTime() - t0) / 1e9);
    }

    private static void load(Connection c, String tenant, int users, int invitations) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO roster_tenant (tenant_id, name, defaults, seat_limit, created_at, version) VALUES ('" + tenant + "', '"
                    + tenant + "', '', NULL, now(), 0)");
            s.execute("""
                    INSERT INTO roster_user (tenant_id, user_id, email, email_key, first_name, last_name, display_name, name_key,
                        username, username_key, search_text, phone, timezone, external_id, date_of_birth, user_type, roles, overrides,
                        group_ids, status, is_admin, referrer_url, referrer_origin, promo_code, referral_code, attributes, created_at,
                        updated_at, last_login_at, last_login_key, deleted_at, deleted_by, prior_status, prior_roles, purge_after, version)
                    SELECT '%1$s', %3$s, e, e, f, l, f || ' ' || l, lower(f || ' ' || l), NULL, NULL,
                        lower(f || ' ' || l) || E'\\n' || e, NULL, NULL, NULL, NULL, 'member',
                        CASE WHEN g %% 1000 = 0 THEN ',admin,' ELSE ',member,' END, '', ',',
                        st, g %% 1000 = 0 AND st = 'ACTIVE', CASE WHEN g %% 7 = 0 THEN 'https://news' || (g %% 5) || '.example/p' END,
                        CASE WHEN g %% 7 = 0 THEN 'https://news' || (g %% 5) || '.example' END, CASE WHEN g %% 11 = 0 THEN 'PROMO' || (g %% 3) END,
                        NULL, '', t, t, NULL, timestamptz '1970-01-01 00:00:00+00', CASE WHEN st = 'DELETED' THEN gone END, NULL,
                        CASE WHEN st = 'DELETED' THEN 'ACTIVE' END, CASE WHEN st = 'DELETED' THEN ',member,' END,
                        CASE WHEN st = 'DELETED' THEN gone + interval '30 days' END, 0
                    FROM (SELECT g, lower(f) || '.' || lower(l) || '.' || lpad(to_hex((g * 2654435761) %% 4294967296), 8, '0') || '@'
                                 || dom || '.com' AS e, f, l, t, gone, st
                          FROM (SELECT g, initcap(s[1 + g %% 40] || s[1 + (g / 40) %% 40]) AS f,
                                       initcap(s[1 + (g / 1600) %% 40] || s[1 + (g / 64000) %% 40] || s[1 + (g * 7) %% 40]) AS l,
                                       s[1 + (g %% 200) %% 40] || s[1 + (g %% 200) / 40] || (g %% 200) AS dom,
                                       timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute' AS t,
                                       -- deleted within the retention window; those deleted earlier were purged by the job
                                       now() - (g %% 29) * interval '1 day' AS gone,
                                       CASE WHEN g %% 100 = 1 THEN 'SUSPENDED' WHEN g %% 100 = 2 THEN 'DELETED' ELSE 'ACTIVE' END AS st
                                FROM generate_series(1, %2$d) g,
                                     (SELECT ARRAY['ka','lo','mi','ne','ru','ta','so','vi','de','po','la','ze','bu','fi','go','ha',
                                                   'jo','ku','me','ni','or','pe','qui','ra','si','tu','va','wo','xe','yo','an','be',
                                                   'ce','di','el','fo','gu','hi','il','jo'] AS s) syllables) named) rows
                    """.formatted(tenant, users, TIME_ORDERED_ID));
            s.execute("""
                    INSERT INTO roster_invitation (tenant_id, invitation_id, email, email_key, token_hash, roles, user_type, permission_flags,
                        invitee_first_name, invitee_last_name, invitee_username, invitee_date_of_birth, message, invited_by, status,
                        created_at, expires_at, last_sent_at, resend_count, resolved_at, accepted_user_id, version, name_key, search_text)
                    SELECT '%1$s', %3$s, e, e, md5(e) || md5(g::text), ',member,', 'member', '', NULL, NULL, NULL, NULL, NULL,
                        NULL, st, t, t + interval '7 days', t, 0, CASE WHEN st <> 'PENDING' THEN t + interval '1 day' END, NULL, 0, e, e
                    FROM (SELECT g, 'invitee' || lpad(g::text, 7, '0') || '@elsewhere.example' AS e,
                                 -- open invitations are recent; older ones were answered, or expired and swept
                                 CASE WHEN g %% 6 = 0 THEN now() - (g %% 1440) * interval '1 minute' ELSE now() - (g %% 60) * interval '1 day' END AS t,
                                 CASE g %% 6 WHEN 0 THEN 'PENDING' WHEN 1 THEN 'ACCEPTED' WHEN 2 THEN 'ACCEPTED' WHEN 3 THEN 'DECLINED'
                                      WHEN 4 THEN 'EXPIRED' ELSE 'REVOKED' END AS st
                          FROM generate_series(1, %2$d) g) rows
                    -- in the order they were made, as a live table holds them: the open ones, the newest, end up together
                    ORDER BY t
                    """.formatted(tenant, invitations, TIME_ORDERED_ID));
            s.execute("INSERT INTO roster_user_count SELECT tenant_id, status, user_type, count(*) FROM roster_user WHERE tenant_id = '"
                    + tenant + "' GROUP BY tenant_id, status, user_type");
            s.execute("INSERT INTO roster_invitation_count SELECT tenant_id, status, count(*) FROM roster_invitation WHERE tenant_id = '"
                    + tenant + "' GROUP BY tenant_id, status");
        }
    }

    private static void analyze(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE roster_user");
            s.execute("VACUUM ANALYZE roster_invitation");
            s.execute("VACUUM ANALYZE roster_user_count");
            s.execute("VACUUM ANALYZE roster_invitation_count");
        }
    }
}
