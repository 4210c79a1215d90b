package dev.roster.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.roster.adapters.jdbc.ConnectionProvider;
import dev.roster.adapters.jdbc.JdbcRosterStore;
import dev.roster.adapters.jdbc.SchemaMode;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.mail.MailSettings;
import dev.roster.core.mail.SealingKey;
import dev.roster.core.mail.TenantMail;
import dev.roster.core.presets.SeatCountedTeam;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.ProfileFields;
import dev.roster.mail.templates.MustacheMailRenderer;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.mail.MailConnection;
import dev.roster.spi.mail.MailSender;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A host wiring Roster into its own code, as a BI tool would: Roster's tables live in the host's own
 * database and its units of work join the host's transactions, mail goes through the host's own
 * notifier, and when an admin deletes a user and names a new owner, the host's hook hands that
 * user's dashboards over in the same transaction. Run: {@code mvn -pl examples exec:java@host-wiring}.
 */
public final class HostWiring implements AutoCloseable {
    private final HikariDataSource pool;
    private final HostTransactions transactions;
    final List<String> notified = new ArrayList<>();
    final Roster roster;

    public HostWiring(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername("sa");
        config.setMaximumPoolSize(4);
        this.pool = new HikariDataSource(config);
        this.transactions = new HostTransactions(pool);
        execute("CREATE TABLE IF NOT EXISTS host_dashboard (id uuid PRIMARY KEY, owner_id uuid NOT NULL, title varchar(200) NOT NULL)");
        JdbcRosterStore store = JdbcRosterStore.builder()
                .connections(transactions)   // Roster joins the host's transaction where one is open, else runs its own
                .dataSource(pool)            // migrations, and the change feed on a connection of its own
                .schema(SchemaMode.MIGRATE).build();
        this.roster = Roster.builder().store(store).policy(SeatCountedTeam.policy())
                .mail(MailSettings.builder().renderer(MustacheMailRenderer.withDefaults())
                        .transport(() -> new HostNotifier(notified))
                        .from(TenantMail.of("Dashboards", new MailSender("Dashboards", EmailAddress.of("no-reply@bi.example"))))
                        .sealingKey(SealingKey.generate("host")).build())
                .hooks(new DashboardOwnership(transactions))
                .invitationLink("https://bi.example/invite?token={token}")
                .build();
    }

    /** The host's notification service: in a real host it would queue a message of its own; here it keeps the subject. */
    private static final class HostNotifier implements MailConnection {
        private final List<String> notified;

        HostNotifier(List<String> notified) {
            this.notified = notified;
        }

        @Override
        public void send(OutgoingMail mail) {
            notified.add(mail.to() + ": " + mail.subject());
        }

        @Override
        public void close() {
            // nothing held
        }
    }

    /** The host's content follows its owner: on a deletion naming a new owner, the dashboards move, in Roster's unit of work. */
    private static final class DashboardOwnership implements LifecycleHooks {
        private final HostTransactions transactions;

        DashboardOwnership(HostTransactions transactions) {
            this.transactions = transactions;
        }

        @Override
        public void onDeleted(User user, boolean permanently, User newOwner) {
            transactions.update("UPDATE host_dashboard SET owner_id = ? WHERE owner_id = ?", newOwner.id().value(), user.id().value());
        }
    }

    /** Runs {@code work} in one host transaction, which Roster joins: both commit or neither does. */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.run(work);
    }

    void createDashboard(User owner, String title) {
        inTransaction(() -> transactions.update("INSERT INTO host_dashboard (id, owner_id, title) VALUES (?, ?, ?)", UUID.randomUUID(),
                owner.id().value(), title));
    }

    List<String> dashboardsOf(User owner) {
        return inTransaction(() -> transactions.titles(owner.id().value()));
    }

    private void execute(String sql) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        roster.close();
        pool.close();
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        try (HostWiring host = new HostWiring("jdbc:h2:mem:host-wiring;DB_CLOSE_DELAY=-1")) {
            TenantId tenant = TenantId.of("acme");
            User ada = host.inTransaction(() -> host.roster.tenants().bootstrap(TenantBootstrap.of(tenant, "Acme", "ada@acme.example")
                    .withAdminProfile(ProfileFields.named("Ada", "Lovelace"))));
            Actor admin = Actor.user(tenant, ada.id());
            String token = host.inTransaction(() -> host.roster.invitations().invite(admin,
                    dev.roster.core.invitation.InviteCommand.of("grace@acme.example", null))).token().reveal();
            host.roster.outbox().dispatch(); // outside a host transaction: Roster commits its own units
            out.println("the host's notifier got: " + host.notified);
            User grace = host.inTransaction(() -> host.roster.invitees().accept(tenant, token, AcceptCommand.of(ProfileFields.named("Grace",
                    "Hopper"))));
            host.createDashboard(grace, "Revenue by region");
            host.createDashboard(grace, "Churn");
            out.println("Grace owns " + host.dashboardsOf(grace));
            host.inTransaction(() -> host.roster.lifecycle().delete(admin, grace.id(), ada.id()));
            out.println("Grace deleted, her dashboards handed to Ada: Ada owns " + host.dashboardsOf(ada) + ", Grace " + host.dashboardsOf(grace));
        }
    }

    /**
     * The host's own transactions, one connection per thread while one is open; as Roster's
     * {@link ConnectionProvider} it hands that connection to Roster's units, which then commit or
     * roll back with the host's, and outside one (the outbox worker, say) a pooled connection Roster
     * commits itself.
     */
    static final class HostTransactions implements ConnectionProvider {
        private final javax.sql.DataSource dataSource;
        private final ThreadLocal<Connection> open = new ThreadLocal<>();

        HostTransactions(javax.sql.DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public Connection acquire() throws SQLException {
            Connection joined = open.get();
            return joined != null ? joined : dataSource.getConnection();
        }

        @Override
        public void release(Connection connection) throws SQLException {
            if (connection != open.get()) {
                connection.close();
            }
        }

        @Override
        public boolean ownsTransactions() {
            return open.get() == null;
        }

        private Connection current() {
            Connection c = open.get();
            if (c == null) {
                throw new IllegalStateException("no host transaction is open on this thread");
            }
            return c;
        }

        <T> T run(Supplier<T> work) {
            if (open.get() != null) {
                return work.get();
            }
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                open.set(c);
                try {
                    T result = work.get();
                    c.commit();
                    return result;
                } catch (RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    open.remove();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        int update(String sql, Object... values) {
            try (PreparedStatement s = current().prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, values[i]);
                }
                return s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        List<String> titles(UUID owner) {
            List<String> titles = new ArrayList<>();
            try (PreparedStatement s = current().prepareStatement("SELECT title FROM host_dashboard WHERE owner_id = ? ORDER BY title")) {
                s.setObject(1, owner);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        titles.add(rs.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return titles;
        }
    }
}
