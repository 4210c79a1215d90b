package dev.roster.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.roster.spi.model.PersonStatus;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.PeopleQuery;
import dev.roster.spi.store.UserSort;
import dev.roster.spi.tck.Records;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The people view's plain listing runs on PostgreSQL's generic plan, kept with the connection's
 * prepared statement, and the setting that asks for it never outlives the statement.
 */
class PostgresGenericPlanTest {
    private static final TenantId TENANT = TenantId.of("t1");
    private static final String PEOPLE_STATEMENT = "%person_kind%";
    /** The settings of a session nobody changed: plan_cache_mode, enable_sort, max_parallel_workers_per_gather. */
    private static final String DEFAULTS = "auto on 2";

    private HikariDataSource oneConnection;
    private JdbcRosterStore store;

    @BeforeEach
    void oneTenantOnOneConnection() {
        oneConnection = TestDatabases.newPostgresPool(1);
        store = TestDatabases.fresh(oneConnection);
        store.inTransaction(tx -> {
            tx.tenants().insert(Records.tenant("t1"));
            tx.users().insert(Records.user(TENANT, "member@x.example", "Member", Records.T0.plusSeconds(1)));
            tx.invitations().insert(Records.invitation(TENANT, "invitee@x.example", Records.T0.plusSeconds(2), null));
            return null;
        });
    }

    @AfterEach
    void close() {
        oneConnection.close();
    }

    private static PeopleQuery everyone(String text) {
        return new PeopleQuery(TENANT, Records.T0.plus(Duration.ofDays(1)), Set.of(PersonStatus.ACTIVE, PersonStatus.PENDING), Set.of(),
                text, null, null, UserSort.CREATED, true, null, 50);
    }

    private List<String> listed(PeopleQuery query) {
        Page<dev.roster.spi.model.Person> page = store.read(tx -> tx.people(query));
        return page.items().stream().map(p -> p.email().canonical()).toList();
    }

    @Test
    void aPlainListingIsPlannedOnceAndTheSessionKeepsItsSetting() throws SQLException {
        for (int call = 0; call < 8; call++) {
            assertThat(listed(everyone(null))).containsExactly("invitee@x.example", "member@x.example");
        }
        // pgjdbc names a statement after its fifth run; from then on the server keeps its plan.
        assertThat(plans("generic_plans")).isPositive();
        assertThat(plans("custom_plans")).isZero();
        assertThat(setting()).isEqualTo(DEFAULTS);
    }

    @Test
    void aSearchIsPlannedForItsTerm() throws SQLException {
        for (int call = 0; call < 8; call++) {
            assertThat(listed(everyone("member"))).containsExactly("member@x.example");
        }
        assertThat(plans("generic_plans")).isZero();
    }

    @Test
    void aRareStatusIsPlannedForItsValues() throws SQLException {
        PeopleQuery deletedOrPending = new PeopleQuery(TENANT, Records.T0.plus(Duration.ofDays(1)), Set.of(PersonStatus.DELETED,
                PersonStatus.PENDING), Set.of(), null, null, null, UserSort.CREATED, true, null, 50);
        for (int call = 0; call < 8; call++) {
            assertThat(listed(deletedOrPending)).containsExactly("invitee@x.example");
        }
        assertThat(plans("generic_plans")).isZero();
    }

    @Test
    void insideATransactionTheSettingIsNotTouched() throws SQLException {
        try (Connection host = oneConnection.getConnection()) {
            host.setAutoCommit(false);
            JdbcRosterStore joined = JdbcRosterStore.builder().connections(ConnectionProvider.hostTransaction(() -> host))
                    .schema(SchemaMode.NONE).build();
            List<String> listed = joined.read(tx -> tx.people(everyone(null))).items().stream().map(p -> p.email().canonical()).toList();
            assertThat(listed).containsExactly("invitee@x.example", "member@x.example");
            assertThat(setting(host)).isEqualTo(DEFAULTS);
            host.rollback();
        }
    }

    @Test
    void insideARawBeginTheSettingIsNotTouched() throws SQLException {
        try (Connection host = oneConnection.getConnection(); Statement s = host.createStatement()) {
            s.execute("BEGIN"); // autocommit still says true
            JdbcRosterStore joined = JdbcRosterStore.builder().connections(ConnectionProvider.hostTransaction(() -> host))
                    .schema(SchemaMode.NONE).build();
            assertThat(joined.read(tx -> tx.people(everyone(null))).items()).hasSize(2);
            String inHostTransaction = setting(host);
            s.execute("ROLLBACK");
            assertThat(inHostTransaction).isEqualTo(DEFAULTS);
        }
    }

    @Test
    void aConnectionLeftInARawBeginPassesNoSettingToItsNextBorrower() throws SQLException {
        try (Connection careless = oneConnection.getConnection(); Statement s = careless.createStatement()) {
            s.execute("BEGIN"); // returned to the pool with the transaction open
        }
        assertThat(listed(everyone(null))).containsExactly("invitee@x.example", "member@x.example");
        try (Connection next = oneConnection.getConnection(); Statement s = next.createStatement()) {
            String seen = setting(next);
            s.execute("ROLLBACK");
            assertThat(seen).isEqualTo(DEFAULTS);
        }
    }

    /** The people statement's plans on the pool's one connection. */
    private long plans(String column) throws SQLException {
        try (Connection c = oneConnection.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(sum(" + column + "), 0) FROM pg_prepared_statements WHERE statement LIKE '"
                        + PEOPLE_STATEMENT + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String setting() throws SQLException {
        try (Connection c = oneConnection.getConnection()) {
            return setting(c);
        }
    }

    private static String setting(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_setting('plan_cache_mode') || ' ' || current_setting('enable_sort') || ' ' "
                + "|| current_setting('max_parallel_workers_per_gather')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
