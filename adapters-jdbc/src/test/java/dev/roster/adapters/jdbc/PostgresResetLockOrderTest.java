package dev.roster.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.roster.adapters.inmemory.RecordingMailTransport;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.credential.PasswordSettings;
import dev.roster.core.session.SessionSettings;
import dev.roster.core.support.FastHasher;
import dev.roster.core.support.Fixture;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A reset completion racing an admin's lock or a password change on PostgreSQL: every unit that
 * touches a reset link takes the tenant's lock first, so the two never wait on each other in
 * opposite orders (a deadlock would abort one with a store error); the reset either wins or is
 * TOKEN_INVALID. A side connection holds the tenant's row until both units wait on it.
 */
class PostgresResetLockOrderTest {
    private static final AtomicInteger TENANTS = new AtomicInteger();
    private static final String PASSWORD = "correct horse battery staple";

    @Test
    void anAdminLockRacingAResetCompletionTakesTheLocksInOneOrder() throws Exception {
        race((roster, c) -> roster.credentials().lock(c.admin, c.grace.id()));
    }

    @Test
    void aPasswordChangeRacingAResetCompletionTakesTheLocksInOneOrder() throws Exception {
        race((roster, c) -> roster.credentials().changePassword(Actor.user(c.tenant, c.grace.id()), PASSWORD, "another long passphrase"));
    }

    record Case(TenantId tenant, Actor admin, User grace) {
    }

    interface Step {
        void run(Roster roster, Case c);
    }

    private void race(Step other) throws Exception {
        TenantId tenant = TenantId.of("rt" + TENANTS.incrementAndGet() + "x" + System.nanoTime() % 100000);
        HikariDataSource pool = TestDatabases.newPostgresPool(6);
        RecordingMailTransport transport = new RecordingMailTransport();
        JdbcRosterStore store = JdbcRosterStore.builder().dataSource(new CurrentConnections(pool)).schema(SchemaMode.VALIDATE).build();
        Roster roster = Roster.builder().store(store).mail(Fixture.mailSettings(transport)).policy(PostgresRosterTest.policy())
                .invitationLink("https://app.example/invite?token={token}").passwordResetLink("https://app.example/reset?token={token}")
                .passwords(PasswordSettings.builder().hasher(new FastHasher()).requiredAtAcceptance(false).build())
                .sessions(SessionSettings.defaults()).build();
        try {
            User adminUser = roster.tenants().bootstrap(new TenantBootstrap(tenant, "RT", "admin@rt.example", ProfileFields.named("A", "B"),
                    null, null));
            Actor admin = Actor.user(tenant, adminUser.id());
            User grace = roster.users().create(admin, CreateUserCommand.of("grace@rt.example", ProfileFields.EMPTY, null, null));
            String temporary = roster.credentials().issueTemporaryPassword(admin, grace.id()).reveal();
            roster.credentials().changePassword(Actor.user(tenant, grace.id()), temporary, PASSWORD);
            roster.credentials().requestPasswordReset(tenant, "grace@rt.example");
            roster.outbox().dispatch();
            List<OutgoingMail> sent = transport.sent();
            String token = Fixture.tokenIn(sent.get(sent.size() - 1));
            Case c = new Case(tenant, admin, grace);

            try (Connection x = pool.getConnection()) {
                x.setAutoCommit(false);
                try (PreparedStatement s = x.prepareStatement("SELECT tenant_id FROM roster_tenant WHERE tenant_id = ? FOR UPDATE")) {
                    s.setString(1, tenant.value());
                    s.executeQuery().close();
                }
                int base = waiting(x);
                CompletableFuture<Throwable> first = CompletableFuture.supplyAsync(() -> attempt(() -> other.run(roster, c)));
                await(x, base + 1);
                CompletableFuture<Throwable> reset = CompletableFuture.supplyAsync(
                        () -> attempt(() -> roster.credentials().completePasswordReset(tenant, token, "a new and longer passphrase")));
                await(x, base + 2);
                x.commit();
                Throwable a = first.get(30, TimeUnit.SECONDS);
                Throwable b = reset.get(30, TimeUnit.SECONDS);
                assertThat(a).as("the admin's / user's operation should not fail with a store error").isNull();
                assertThat(b == null || b instanceof dev.roster.core.error.InvalidTokenException)
                        .as("the reset either wins or is TOKEN_INVALID, never a store error: " + b).isTrue();
            }
        } finally {
            roster.close();
            pool.close();
        }
    }

    private static Throwable attempt(Runnable r) {
        try {
            r.run();
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    /**
     * How many backends wait behind {@code x}: for it, or for a backend that waits for it (PostgreSQL
     * queues a row's second waiter behind the first). Only this test's units: others may hold locks too.
     */
    private static int waiting(Connection x) throws Exception {
        try (PreparedStatement s = x.prepareStatement("WITH direct AS (SELECT pid FROM pg_stat_activity "
                + "WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))) SELECT (SELECT count(*) FROM direct) + (SELECT count(*) "
                + "FROM pg_stat_activity a WHERE a.pid NOT IN (SELECT pid FROM direct) AND pg_blocking_pids(a.pid) && ARRAY(SELECT pid FROM direct))");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void await(Connection x, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (waiting(x) < n) {
            assertThat(System.nanoTime()).as("a unit blocked on the tenant lock").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
