package dev.roster.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.UserQuery;
import dev.roster.spi.store.UserSort;
import dev.roster.spi.tck.Records;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A database written under the old email rule (keys lower-cased only), migrated to the current one:
 * keys are recomputed, and records that would collide or are no longer valid addresses keep their
 * key and are reported, never merged. On H2 and on PostgreSQL.
 */
class EmailKeyMigrationTest {
    private static final TenantId T1 = TenantId.of("t1");

    @Test
    void onH2() throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:email_keys;DB_CLOSE_DELAY=-1");
        migrateOldData(ds, Dialect.H2);
    }

    @Test
    void onPostgres() throws SQLException {
        try (Connection c = TestDatabases.postgres().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS email_keys");
            s.execute("CREATE DATABASE email_keys");
        }
        migrateOldData(TestDatabases.postgres().getDatabase("postgres", "email_keys"), Dialect.POSTGRESQL);
    }

    private void migrateOldData(DataSource ds, Dialect dialect) throws SQLException {
        Migrations.apply(ds, dialect, SchemaMode.MIGRATE, MigrationVersion.fromVersion("4"));
        JdbcRosterStore store = JdbcRosterStore.builder().dataSource(ds).schema(SchemaMode.NONE).build();
        User nfc = Records.user(T1, "emile@x.example");
        User nfd = Records.user(T1, "emile2@x.example");
        User fullwidth = Records.user(T1, "bob@x.example");
        User invisible = Records.user(T1, "ada@x.example");
        User deletedNfd = Records.user(T1, "emile3@x.example");
        var invitation = Records.invitation(T1, "carol@x.example", Records.T0, null);
        // Today's store writes the users' columns of later versions too: they stand in while it writes, then go.
        execute(ds, "ALTER TABLE roster_user ADD COLUMN referred_by uuid");
        store.inTransaction(tx -> {
            tx.tenants().insert(Records.tenant("t1"));
            for (User u : List.of(nfc, nfd, fullwidth, invisible, deletedNfd)) {
                tx.users().insert(u);
            }
            tx.users().update(Records.deleted(deletedNfd, Records.T0, Records.T0.plus(Duration.ofDays(30))));
            return null;
        });
        execute(ds, "ALTER TABLE roster_user DROP COLUMN referred_by");
        insertAsVersion4(ds, invitation);
        // What the old rule stored: the address as typed, lower-cased as the key.
        legacy(ds, "roster_user", "user_id", nfc.id().value(), "\u00E9mile@x.example");
        legacy(ds, "roster_user", "user_id", nfd.id().value(), "e\u0301mile@x.example");
        legacy(ds, "roster_user", "user_id", fullwidth.id().value(), "\uFF42ob@x.example");
        legacy(ds, "roster_user", "user_id", invisible.id().value(), "a\u200Bda@x.example");
        legacy(ds, "roster_user", "user_id", deletedNfd.id().value(), "E\u0301MILE@x.example");
        legacy(ds, "roster_invitation", "invitation_id", invitation.id().value(), "\uFF43arol@x.example");

        Migrations.apply(ds, dialect, SchemaMode.MIGRATE);

        assertThat(key(ds, "roster_user", "user_id", nfc.id().value())).isEqualTo("\u00E9mile@x.example");
        assertThat(key(ds, "roster_user", "user_id", nfd.id().value())).as("collides: keeps its key").isEqualTo("e\u0301mile@x.example");
        assertThat(key(ds, "roster_user", "user_id", fullwidth.id().value())).isEqualTo("bob@x.example");
        assertThat(key(ds, "roster_user", "user_id", invisible.id().value())).as("invalid: keeps its key").isEqualTo("a\u200Bda@x.example");
        assertThat(key(ds, "roster_user", "user_id", deletedNfd.id().value())).as("deleted users hold no key").isEqualTo("\u00E9mile@x.example");
        assertThat(key(ds, "roster_invitation", "invitation_id", invitation.id().value())).isEqualTo("carol@x.example");
        assertThat(rows(ds, "SELECT record_id, conflict_id, problem FROM roster_email_key_report ORDER BY problem")).containsExactly(
                List.of(nfd.id().value().toString(), nfc.id().value().toString(), "its new key is held by user " + nfc.id().value()),
                List.of(invisible.id().value().toString(), "null",
                        "no longer a valid address: email 'a\u200Bda@x.example' has a space, an invisible or a control character in its local part"));

        JdbcRosterStore migrated = JdbcRosterStore.builder().dataSource(ds).schema(SchemaMode.VALIDATE).build();
        User bob = migrated.read(tx -> tx.users().findByEmail(T1, "bob@x.example")).orElseThrow();
        assertThat(bob.id()).isEqualTo(fullwidth.id());
        assertThat(bob.email().value()).as("the address as stored is kept").isEqualTo("\uFF42ob@x.example");
        assertThat(migrated.read(tx -> tx.userQueries().search(new UserQuery(T1, Records.T0, Set.of(UserStatus.ACTIVE), "bob@x", null, null, null,
                null, null, UserSort.EMAIL, false, null, 10))).items()).extracting(User::id).containsExactly(fullwidth.id());
        Optional<Invitation> carol = migrated.read(tx -> tx.invitations().findPending(T1, "carol@x.example"));
        assertThat(carol).isPresent();
        assertThat(migrated.read(tx -> tx.users().findByEmail(T1, "\u00E9mile@x.example")).orElseThrow().id()).isEqualTo(nfc.id());
    }

    /** The store of today writes columns later migrations added; an invitation of version 4 has the first columns only. */
    private static void insertAsVersion4(DataSource ds, Invitation invitation) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO roster_invitation (tenant_id, "
                + "invitation_id, email, email_key, token_hash, roles, user_type, permission_flags, status, created_at, last_sent_at, "
                + "resend_count, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, 0, 0)")) {
            s.setString(1, invitation.tenantId().value());
            s.setObject(2, invitation.id().value());
            s.setString(3, invitation.email().value());
            s.setString(4, invitation.email().canonical());
            s.setString(5, invitation.tokenHash());
            s.setString(6, UserRows.roles(invitation.roles()));
            s.setString(7, invitation.userType());
            s.setString(8, Codec.effects(invitation.permissionFlags()));
            s.setObject(9, invitation.createdAt().atOffset(java.time.ZoneOffset.UTC));
            s.setObject(10, invitation.lastSentAt().atOffset(java.time.ZoneOffset.UTC));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static void legacy(DataSource ds, String table, String idColumn, UUID id, String email) throws SQLException {
        String key = email.toLowerCase(java.util.Locale.ROOT);
        String searchText = table.equals("roster_user") ? ", search_text = ?" : "";
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE " + table + " SET email = ?, email_key = ?" + searchText + " WHERE " + idColumn + " = ?")) {
            int i = 1;
            s.setString(i++, email);
            s.setString(i++, key);
            if (!searchText.isEmpty()) {
                s.setString(i++, "name\n" + key);
            }
            s.setObject(i, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static String key(DataSource ds, String table, String idColumn, UUID id) throws SQLException {
        return rows(ds, "SELECT email_key FROM " + table + " WHERE " + idColumn + " = '" + id + "'").get(0).get(0);
    }

    private static List<List<String>> rows(DataSource ds, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(String.valueOf(rs.getString(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static void execute(DataSource ds, String statement) throws SQLException {
        try (Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
