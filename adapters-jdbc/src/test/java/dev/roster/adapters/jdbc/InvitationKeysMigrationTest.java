package dev.roster.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.model.Person;
import dev.roster.spi.model.PersonStatus;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.store.PeopleQuery;
import dev.roster.spi.store.UserSort;
import dev.roster.spi.tck.Records;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Invitations written before the people view (version 17) get the name key and search text the store
 * writes today: those naming their invitee from Java (migration 19), the others from SQL (migration 18).
 */
class InvitationKeysMigrationTest {
    private static final TenantId T1 = TenantId.of("t1");

    @Test
    void onH2() throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:invitation_keys;DB_CLOSE_DELAY=-1");
        migrate(ds, Dialect.H2);
    }

    @Test
    void onPostgres() throws SQLException {
        try (Connection c = TestDatabases.postgres().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS invitation_keys");
            s.execute("CREATE DATABASE invitation_keys");
        }
        migrate(TestDatabases.postgres().getDatabase("postgres", "invitation_keys"), Dialect.POSTGRESQL);
    }

    private void migrate(DataSource ds, Dialect dialect) throws SQLException {
        Migrations.apply(ds, dialect, SchemaMode.MIGRATE, MigrationVersion.fromVersion("17"));
        execute(ds, "INSERT INTO roster_tenant (tenant_id, name, defaults, created_at, version) VALUES ('t1', 'T', '', CURRENT_TIMESTAMP, 0)");
        insertAsVersion17(ds, "Ada@X.example", "\u0130lker \u00C7elik", null, null);
        insertAsVersion17(ds, "grace@x.example", null, "Grace", "Hopper");
        insertAsVersion17(ds, "anon@x.example", null, null, null);
        insertAsVersion17(ds, dev.roster.spi.tck.PeopleQueryContract.LONG_ADDRESS, null, null, null);

        Migrations.apply(ds, dialect, SchemaMode.MIGRATE);

        JdbcRosterStore store = JdbcRosterStore.builder().dataSource(ds).schema(SchemaMode.VALIDATE).build();
        List<Person> byName = store.read(tx -> tx.people(new PeopleQuery(T1, Records.T0, Set.of(PersonStatus.PENDING),
                Set.of(), null, null, null, UserSort.NAME, false, null, 10))).items();
        assertThat(byName).extracting(p -> p.email().canonical()).containsExactly("anon@x.example", "grace@x.example", "ada@x.example",
                dev.roster.spi.tck.PeopleQueryContract.LONG_ADDRESS);
        for (Person p : byName) {
            assertThat(column(ds, "name_key", p.id())).isEqualTo(p.invitation().sortName());
            assertThat(column(ds, "search_text", p.id())).isEqualTo(InvitationRows.searchText(p.invitation()));
        }
        assertThat(store.read(tx -> tx.people(new PeopleQuery(T1, Records.T0, Set.of(), Set.of(), "\u00E7elik", null, null,
                UserSort.NAME, false, null, 10))).items()).extracting(p -> p.email().canonical()).containsExactly("ada@x.example");
    }

    private static void insertAsVersion17(DataSource ds, String email, String displayName, String first, String last) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO roster_invitation (tenant_id, "
                + "invitation_id, email, email_key, token_hash, roles, user_type, permission_flags, status, created_at, last_sent_at, "
                + "resend_count, version, invitee_display_name, invitee_first_name, invitee_last_name) "
                + "VALUES ('t1', ?, ?, ?, ?, ',member,', 'member', '', 'PENDING', ?, ?, 0, 0, ?, ?, ?)")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, email);
            s.setString(3, email.toLowerCase(java.util.Locale.ROOT));
            s.setString(4, UUID.randomUUID().toString());
            s.setObject(5, Records.T0.atOffset(ZoneOffset.UTC));
            s.setObject(6, Records.T0.atOffset(ZoneOffset.UTC));
            s.setString(7, displayName);
            s.setString(8, first);
            s.setString(9, last);
            s.executeUpdate();
        }
    }

    private static String column(DataSource ds, String column, UUID id) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT " + column + " FROM roster_invitation WHERE invitation_id = ?")) {
            s.setObject(1, id);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void execute(DataSource ds, String statement) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
