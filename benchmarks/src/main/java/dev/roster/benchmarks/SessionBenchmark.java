package dev.roster.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.roster.adapters.argon2.Argon2PasswordHasher;
import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.adapters.jdbc.JdbcRosterStore;
import dev.roster.adapters.jdbc.SchemaMode;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.credential.PasswordSettings;
import dev.roster.core.credential.SignInContext;
import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.core.session.Principal;
import dev.roster.core.session.SessionService;
import dev.roster.core.session.SessionSettings;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.store.RosterStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating a session token, as every request of a host does: on the in-memory store against a
 * {@code ConcurrentHashMap.get} keyed by the same tokens, and on PostgreSQL (embedded, one JVM)
 * against a {@code SELECT 1} round trip on the same pool. 1,000 users with a session each; each call
 * moves to the next token, the same way on both sides.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class SessionBenchmark {
    static final int USERS = 1000;
    static final TenantId TENANT = TenantId.of("bench");
    static final Permission READ = Permission.of("reports.read");

    /** A tenant of {@link #USERS} users on {@code store}, each with a session; returns the tokens. */
    static String[] sessions(Roster roster) {
        User admin = roster.tenants().bootstrap(TenantBootstrap.of(TENANT, "Bench", "admin@bench.example"));
        Actor actor = Actor.user(TENANT, admin.id());
        String[] tokens = new String[USERS];
        SignInContext context = new SignInContext("203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64) Firefox/131.0");
        for (int i = 0; i < USERS; i++) {
            User user = roster.users().create(actor, CreateUserCommand.of("u" + i + "@bench.example", ProfileFields.EMPTY, null, null));
            tokens[i] = roster.sessions().start(TENANT, user.id(), context).token();
        }
        return tokens;
    }

    static Roster roster(RosterStore store) {
        Permission manage = Permission.of("users.manage");
        Policy policy = Policy.builder().permissions(Set.of(manage, READ)).adminPermission(manage)
                .role(RoleDefinition.of("admin", "Admin", Set.of(manage, READ))).role(RoleDefinition.of("member", "Member", Set.of(READ)))
                .defaultRole(RoleId.of("member")).build();
        return Roster.builder().store(store).withoutMail().policy(policy)
                .passwords(PasswordSettings.builder().hasher(Argon2PasswordHasher.owaspMinimum()).build())
                .sessions(SessionSettings.defaults()).build();
    }

    /** The in-memory store, and a map of the same tokens for the baseline. */
    @State(Scope.Benchmark)
    public static class InMemory {
        Roster roster;
        /** Held once, as a host holds it: the validation's entry point. */
        SessionService sessions;
        String[] tokens;
        final ConcurrentHashMap<String, Principal> chm = new ConcurrentHashMap<>();

        @Setup(Level.Trial)
        public void build() {
            roster = roster(new InMemoryRosterStore());
            sessions = roster.sessions();
            tokens = sessions(roster);
            for (String token : tokens) {
                Principal principal = roster.sessions().validate(TENANT, token).orElseThrow();
                if (!principal.has(READ)) {
                    throw new IllegalStateException("every session holds " + READ);
                }
                chm.put(token, principal);
            }
        }
    }

    /** Embedded PostgreSQL with a pool both sides share. */
    @State(Scope.Benchmark)
    public static class Postgres {
        EmbeddedPostgres pg;
        HikariDataSource pool;
        Roster roster;
        String[] tokens;

        @Setup(Level.Trial)
        public void build() throws IOException {
            pg = EmbeddedPostgres.builder().start();
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            config.setMaximumPoolSize(4);
            pool = new HikariDataSource(config);
            roster = roster(JdbcRosterStore.builder().dataSource(pool).schema(SchemaMode.MIGRATE).build());
            tokens = sessions(roster);
            for (String token : tokens) {
                roster.sessions().validate(TENANT, token).orElseThrow();
            }
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            roster.close();
            pool.close();
            pg.close();
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int advance() {
            int i = next;
            next = i + 1 == USERS ? 0 : i + 1;
            return i;
        }
    }

    @Benchmark
    public Optional<Principal> inMemoryValidate(InMemory data, Cursor cursor) {
        return data.sessions.validate(TENANT, data.tokens[cursor.advance()]);
    }

    @Benchmark
    public Principal chmGet(InMemory data, Cursor cursor) {
        return data.chm.get(data.tokens[cursor.advance()]);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Optional<Principal> postgresValidate(Postgres data, Cursor cursor) {
        return data.roster.sessions().validate(TENANT, data.tokens[cursor.advance()]);
    }

    /** Validation and {@code SELECT 1} in turn, each timed, so both sample the same moments of a noisy machine. */
    @State(Scope.Thread)
    @org.openjdk.jmh.annotations.AuxCounters(org.openjdk.jmh.annotations.AuxCounters.Type.EVENTS)
    public static class Turns {
        public long validateNanos;
        public long selectNanos;
        public long rounds;
        boolean select;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object postgresInterleaved(Postgres data, Cursor cursor, Turns turns) throws SQLException {
        long start = System.nanoTime();
        Object result;
        if (turns.select) {
            result = selectOne(data);
            turns.selectNanos += System.nanoTime() - start;
            turns.rounds++;
        } else {
            result = postgresValidate(data, cursor);
            turns.validateNanos += System.nanoTime() - start;
        }
        turns.select = !turns.select;
        return result;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int selectOne(Postgres data) throws SQLException {
        try (Connection c = data.pool.getConnection(); PreparedStatement s = c.prepareStatement("SELECT 1"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
