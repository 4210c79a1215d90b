package dev.roster.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import dev.roster.adapters.inmemory.RecordingMailTransport;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.audit.AuditListRequest;
import dev.roster.core.credential.PasswordSettings;
import dev.roster.core.credential.SignInContext;
import dev.roster.core.session.SessionSettings;
import dev.roster.core.support.FastHasher;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.core.query.InvitationListRequest;
import dev.roster.core.query.UserListRequest;
import dev.roster.core.support.Fixture;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.ChangeRolesCommand;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.EditProfileCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.StoreException;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.tck.Race;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Roster on PostgreSQL as a host running several application instances would use it: two Roster
 * instances, each with its own connection pool, on one database.
 */
class PostgresRosterTest {
    private static final Permission MANAGE = Permission.of("users.manage");
    private static final Permission CHAT = Permission.of("chat.use");
    private static final AtomicInteger TENANTS = new AtomicInteger();

    private final List<HikariDataSource> pools = new ArrayList<>();
    private final TenantId tenant = TenantId.of("pg" + TENANTS.incrementAndGet());
    private Roster first;
    private Roster second;
    private User admin;
    private dev.roster.core.support.HeardChanges heard;
    private JdbcRosterStore lastStore;

    static Policy policy() {
        return Policy.builder()
                .permissions(Set.of(MANAGE, CHAT))
                .adminPermission(MANAGE)
                .role(RoleDefinition.of("admin", "Admin", Set.of(MANAGE, CHAT)))
                .role(RoleDefinition.of("member", "Member", Set.of(CHAT)))
                .role(RoleDefinition.of("viewer", "Viewer", Set.of()))
                .defaultRole(RoleId.of("member"))
                .build();
    }

    private Roster instance(LifecycleHooks hooks, HikariDataSource pool) {
        pools.add(pool);
        JdbcRosterStore store = JdbcRosterStore.builder().dataSource(new CurrentConnections(pool)).schema(SchemaMode.VALIDATE).build();
        lastStore = store;
        return Roster.builder().store(store).mail(Fixture.mailSettings(new RecordingMailTransport())).policy(policy()).hooks(hooks)
                .invitationLink("https://app.example/invite?token={token}").build();
    }

    @BeforeEach
    void twoInstances() {
        first = instance(LifecycleHooks.NONE, TestDatabases.newPostgresPool(4));
        second = instance(LifecycleHooks.NONE, TestDatabases.newPostgresPool(4));
        admin = first.tenants().bootstrap(new TenantBootstrap(tenant, "PG tenant", "admin@pg.example", ProfileFields.named("Ad", "Min"),
                null, null));
        // On the second instance's store, subscribed after it: the second has heard each change by the time this hears it.
        heard = new dev.roster.core.support.HeardChanges(lastStore);
    }

    @AfterEach
    void close() {
        heard.close();
        first.close();
        second.close();
        pools.forEach(HikariDataSource::close);
    }

    /** Returns once {@code condition} holds, waiting delivery by delivery: another instance hears of a commit a moment after it lands. */
    private void eventually(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        heard.until(condition, what);
    }

    private Roster withSessions(HikariDataSource pool) {
        pools.add(pool);
        JdbcRosterStore store = JdbcRosterStore.builder().dataSource(new CurrentConnections(pool)).schema(SchemaMode.VALIDATE).build();
        return Roster.builder().store(store).withoutMail().policy(policy())
                .passwords(PasswordSettings.builder().hasher(new FastHasher()).build()).sessions(SessionSettings.defaults()).build();
    }

    @Test
    void aRoleTakenAwayOnOneInstanceIsDeniedOnTheOtherAtItsNextValidationAndForPlainChecksWithinASecond() throws Exception {
        Roster one = withSessions(TestDatabases.newPostgresPool(2));
        Roster two = withSessions(TestDatabases.newPostgresPool(2));
        try {
            Actor actor = Actor.user(tenant, admin.id());
            User grace = one.users().create(actor, CreateUserCommand.of("grace@pg.example", ProfileFields.EMPTY, null, null));
            String temporary = one.credentials().issueTemporaryPassword(actor, grace.id()).reveal();
            one.credentials().changePassword(Actor.user(tenant, grace.id()), temporary, "correct horse battery staple");
            String token = two.sessions().signIn(tenant, "grace@pg.example", "correct horse battery staple",
                    new SignInContext("203.0.113.7", "test")).session().orElseThrow().token();
            assertThat(two.sessions().validate(tenant, token).orElseThrow().has(CHAT)).isTrue();
            assertThat(two.permissions().check(tenant, grace.id(), CHAT)).isTrue(); // cached by the second instance

            one.users().changeRoles(actor, new ChangeRolesCommand(grace.id(), one.users().get(actor, grace.id()).version(),
                    Set.of(RoleId.of("viewer"))));

            assertThat(two.sessions().validate(tenant, token).orElseThrow().has(CHAT)).as("at the next validation").isFalse();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(1);
            while (two.permissions().check(tenant, grace.id(), CHAT)) {
                assertThat(System.nanoTime()).as("a plain check follows within a second").isLessThan(deadline);
                Thread.onSpinWait();
            }
            one.lifecycle().suspend(actor, grace.id());
            assertThat(two.sessions().validate(tenant, token)).as("suspended on the first, out on the second").isEmpty();
        } finally {
            one.close();
            two.close();
        }
    }

    @Test
    void aChangeOnOneInstanceReachesWhatTheOtherCached() throws InterruptedException {
        Actor actor = Actor.user(tenant, admin.id());
        User grace = first.users().create(actor, dev.roster.core.user.CreateUserCommand.of("grace@pg.example", ProfileFields.EMPTY, null,
                null));
        assertThat(second.permissions().check(tenant, grace.id(), CHAT)).isTrue(); // now cached by the second instance

        first.lifecycle().suspend(actor, grace.id());
        eventually(() -> !second.permissions().check(tenant, grace.id(), CHAT), "the second instance sees the suspension");

        first.lifecycle().reactivate(actor, grace.id());
        eventually(() -> second.permissions().check(tenant, grace.id(), CHAT), "the second instance sees the reactivation");

        first.tenants().setDefaults(actor, Map.of(CHAT, dev.roster.spi.model.Effect.DENY));
        eventually(() -> !second.permissions().check(tenant, grace.id(), CHAT), "the second instance sees the tenant's new default");
    }

    @Test
    void aCheckBetweenRostersUnitAndTheHostsCommitIsCorrectedWhenTheCommitLands() throws Exception {
        Actor actor = Actor.user(tenant, admin.id());
        User grace = first.users().create(actor, dev.roster.core.user.CreateUserCommand.of("grace@pg.example", ProfileFields.EMPTY, null,
                null));
        HikariDataSource pool = TestDatabases.newPostgresPool(6);
        pools.add(pool);
        try (java.sql.Connection host = pool.getConnection()) {
            host.setAutoCommit(false);
            JdbcRosterStore joined = JdbcRosterStore.builder().connections(ConnectionProvider.hostTransaction(() -> host))
                    .dataSource(pool).schema(SchemaMode.NONE).build();
            try (Roster inHost = Roster.builder().store(joined).withoutMail().policy(policy()).build()) {
                inHost.lifecycle().suspend(actor, grace.id());
                // Roster's unit is over, the host has not committed: the joining instance reads through the host's
                // transaction, the other still reads the active user, and caches it.
                assertThat(inHost.permissions().check(tenant, grace.id(), CHAT)).isFalse();
                assertThat(second.permissions().check(tenant, grace.id(), CHAT)).isTrue();
                // A change committed after the host's unit is delivered after anything that unit announced: once it is
                // heard, an announcement before the commit would have been heard too.
                dev.roster.spi.change.Change barrier = dev.roster.spi.change.Change.ofTenant(TenantId.of("after-" + tenant));
                JdbcRosterStore.builder().dataSource(pool).schema(SchemaMode.NONE).build().inTransaction(tx -> {
                    dev.roster.spi.change.ChangeFeed.CAPABILITY.in(tx).announce(barrier);
                    return null;
                });
                eventually(() -> heard.changes().contains(barrier), "a change committed after the host's unit is heard");
                assertThat(heard.changes()).as("nothing is announced before the commit").doesNotContain(
                        dev.roster.spi.change.Change.ofUser(tenant, grace.id()));
                assertThat(second.permissions().check(tenant, grace.id(), CHAT)).as("nothing is announced before the commit").isTrue();

                host.commit();

                eventually(() -> !second.permissions().check(tenant, grace.id(), CHAT), "the other instance drops what it cached");
            }
        }
    }

    @Test
    void mailQueuedInsideTheHostsTransactionGoesOutOnlyIfTheHostCommits() throws Exception {
        Actor actor = Actor.user(tenant, admin.id());
        HikariDataSource pool = TestDatabases.newPostgresPool(6);
        pools.add(pool);
        RecordingMailTransport transport = new RecordingMailTransport();
        JdbcRosterStore own = JdbcRosterStore.builder().dataSource(pool).schema(SchemaMode.NONE).build();
        try (java.sql.Connection host = pool.getConnection()) {
            host.setAutoCommit(false);
            JdbcRosterStore joined = JdbcRosterStore.builder().connections(ConnectionProvider.hostTransaction(() -> host))
                    .dataSource(pool).schema(SchemaMode.NONE).build();
            dev.roster.core.mail.MailSettings mail = dev.roster.core.mail.MailSettings.builder()
                    .renderer(dev.roster.mail.templates.MustacheMailRenderer.withDefaults()).transport(transport)
                    .from(dev.roster.core.mail.TenantMail.of("PG", new dev.roster.spi.mail.MailSender("PG", dev.roster.spi.model.EmailAddress.of("no-reply@pg.example")))).sealingKey(Fixture.KEY).dispatchStore(own).build();
            try (Roster inHost = Roster.builder().store(joined).mail(mail).policy(policy())
                    .invitationLink("https://app.example/invite?token={token}").build()) {
                inHost.invitations().invite(actor, InviteCommand.of("rolled@pg.example", null));
                assertThat(inHost.outbox().dispatch().handled()).as("not visible before the host commits").isZero();
                host.rollback();
                assertThat(inHost.outbox().dispatch().handled()).isZero();

                InvitationReceipt kept = inHost.invitations().invite(actor, InviteCommand.of("kept@pg.example", null));
                host.commit();
                assertThat(inHost.outbox().dispatch().sent()).isEqualTo(1);
                assertThat(transport.sent()).extracting(m -> m.to().value()).containsExactly("kept@pg.example");
                assertThat(Fixture.tokenIn(transport.sent().get(0))).isEqualTo(kept.token().reveal());
            }
        }
        assertThat(second.invitees().preview(tenant, Fixture.tokenIn(transport.sent().get(0))).isOpen()).isTrue();
    }

    @Test
    void aHostRollbackAnnouncesNothing() throws Exception {
        Actor actor = Actor.user(tenant, admin.id());
        User grace = first.users().create(actor, dev.roster.core.user.CreateUserCommand.of("grace@pg.example", ProfileFields.EMPTY, null,
                null));
        HikariDataSource pool = TestDatabases.newPostgresPool(6);
        pools.add(pool);
        JdbcRosterStore listener = JdbcRosterStore.builder().dataSource(pool).schema(SchemaMode.NONE).build();
        try (var announced = new dev.roster.core.support.HeardChanges(listener)) {
            try (java.sql.Connection host = pool.getConnection()) {
                host.setAutoCommit(false);
                JdbcRosterStore joined = JdbcRosterStore.builder().connections(ConnectionProvider.hostTransaction(() -> host))
                        .dataSource(pool).schema(SchemaMode.NONE).build();
                assertThat(joined.capabilities()).contains(dev.roster.spi.change.ChangeFeed.CAPABILITY);
                try (Roster inHost = Roster.builder().store(joined).withoutMail().policy(policy()).build()) {
                    inHost.lifecycle().suspend(actor, grace.id());
                    host.rollback();
                }
            }
            first.users().editProfile(actor, new EditProfileCommand(grace.id(), grace.version(), "grace@pg.example",
                    ProfileFields.named("Grace", "H"), Map.of()));
            announced.until(() -> !announced.changes().isEmpty(), "the later, committed edit is heard");
            assertThat(announced.changes()).containsExactly(dev.roster.spi.change.Change.ofUser(tenant, grace.id()));
        }
        assertThat(second.permissions().check(tenant, grace.id(), CHAT)).isTrue();
    }

    private Roster any(int i) {
        return i % 2 == 0 ? first : second;
    }

    @Test
    void invitesAndAcceptsRacingOnTwoInstancesMakeOneInvitationAndOneUserPerAddress() throws Exception {
        Actor actor = Actor.user(tenant, admin.id());
        List<ErrorCode> invites = Race.run(8, 24, i -> () -> any(i).invitations().invite(actor, InviteCommand.of("u" + (i % 6) + "@pg.example", null)));
        assertThat(invites).filteredOn(c -> c == null).hasSize(6);
        assertThat(invites).filteredOn(c -> c != null).containsOnly(ErrorCode.DUPLICATE_PENDING_INVITATION);
        assertThat(first.directory().tabCounts(actor).pendingInvitations()).isEqualTo(6);

        List<InvitationReceipt> receipts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            receipts.add(first.invitations().resend(actor, first.directory().listInvitations(actor,
                    new dev.roster.core.query.InvitationListRequest(Set.of(), "u" + i + "@", null, 5)).items().get(0).id()));
        }
        List<ErrorCode> accepts = Race.run(8, 12, i -> () -> any(i).invitees().accept(tenant, receipts.get(i % 6).token().reveal(),
                AcceptCommand.of(ProfileFields.EMPTY)));
        assertThat(accepts).filteredOn(c -> c == null).hasSize(6);
        assertThat(accepts).filteredOn(c -> c != null).containsOnly(ErrorCode.TOKEN_INVALID);
        assertThat(second.directory().statCards(actor).total()).isEqualTo(7);
        assertThat(second.directory().onboarding(actor).completed()).isEqualTo(6);
    }

    @Test
    void staleEditsFromTwoInstancesLoseNoUpdate() throws Exception {
        Actor actor = Actor.user(tenant, admin.id());
        User grace = first.users().create(actor, dev.roster.core.user.CreateUserCommand.of("grace@pg.example", ProfileFields.named("G", "H"),
                null, null));
        List<ErrorCode> codes = Race.run(8, 2, i -> () -> any(i).users().editProfile(actor, new EditProfileCommand(grace.id(), grace.version(),
                "grace@pg.example", ProfileFields.named("Grace", "Edit" + i), Map.of())));
        assertThat(codes).containsExactlyInAnyOrder(null, ErrorCode.STALE_VERSION);
        User now = second.users().get(actor, grace.id());
        assertThat(now.version()).isEqualTo(grace.version() + 1);
        assertThat(now.profile().lastName()).startsWith("Edit");
    }

    @Test
    void twoAdminsDemotingEachOtherOnTwoInstancesLeaveOneAdmin() throws Exception {
        Actor actor = Actor.user(tenant, admin.id());
        User other = first.users().create(actor, dev.roster.core.user.CreateUserCommand.of("other@pg.example", ProfileFields.EMPTY, null,
                Set.of(RoleId.of("admin"))));
        User[] admins = {admin, other};
        for (int round = 0; round < 5; round++) {
            User a = first.users().get(actor(admins[0]), admins[0].id());
            User b = first.users().get(actor(admins[0]), admins[1].id());
            User[] current = {a, b};
            List<ErrorCode> codes = Race.run(8, 2, i -> () -> any(i).users().changeRoles(actor(current[i]),
                    new ChangeRolesCommand(current[1 - i].id(), current[1 - i].version(), Set.of(RoleId.of("member")))));
            assertThat(codes).filteredOn(c -> c == null).hasSize(1);
            long left = first.directory().listUsers(Actor.system(tenant), UserListRequest.members(10)).items().stream()
                    .filter(u -> u.admin() && u.status() == UserStatus.ACTIVE).count();
            assertThat(left).isEqualTo(1);
            // promote the demoted one again for the next round
            User demoted = first.directory().listUsers(Actor.system(tenant), UserListRequest.members(10)).items().stream()
                    .filter(u -> !u.admin() && u.roles().contains(RoleId.of("member")) && (u.id().equals(a.id()) || u.id().equals(b.id())))
                    .findFirst().orElseThrow();
            first.users().changeRoles(Actor.system(tenant), new ChangeRolesCommand(demoted.id(), demoted.version(), Set.of(RoleId.of("admin"))));
        }
    }

    private Actor actor(User user) {
        return Actor.user(tenant, user.id());
    }

    @Test
    void aConnectionKilledInTheMiddleOfAUnitGivesATypedErrorAndWritesNothing() throws Exception {
        HikariDataSource pool = TestDatabases.newPostgresPool(6);
        LifecycleHooks killer = new LifecycleHooks() {
            @Override
            public void onDeleted(User user, boolean permanently) {
                killCurrentBackend();
            }
        };
        Roster roster = instance(killer, pool);
        Actor actor = Actor.user(tenant, admin.id());
        User grace = roster.users().create(actor, dev.roster.core.user.CreateUserCommand.of("grace@pg.example", ProfileFields.EMPTY, null, null));

        StoreException e = catchThrowableOfType(StoreException.class, () -> roster.lifecycle().delete(actor, grace.id()));

        assertThat(e.code()).isEqualTo(ErrorCode.STORE_FAILURE);
        assertThat(e.getMessage()).contains("audit");
        User after = first.users().get(actor, grace.id());
        assertThat(after.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(after.version()).isEqualTo(grace.version());
        assertThat(first.directory().tabCounts(actor).recentlyDeleted()).isZero();
        assertThat(first.audit().list(actor, dev.roster.core.audit.AuditListRequest.forTarget("user", grace.id().toString(), 10)).items())
                .extracting(dev.roster.spi.model.AuditEntry::action).containsExactly("user.created");
        // the pool recovers: the next unit on the same Roster works
        assertThat(roster.users().get(actor, grace.id()).status()).isEqualTo(UserStatus.ACTIVE);
    }

    /** Terminates, from another connection, the backend of the connection this thread's unit holds. */
    private static void killCurrentBackend() {
        int pid = CurrentConnections.backendPid();
        try (Connection admin = TestDatabases.postgres().getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("SELECT pg_terminate_backend(" + pid + ")");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
