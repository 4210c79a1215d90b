package dev.roster.adapters.jdbc;

import dev.roster.spi.model.EmailAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 5: recomputes every stored email key under the current rule ({@link EmailAddress}),
 * which only Java can compute. A record whose address is no longer valid, or whose new key another
 * live record (a user that is not deleted, a pending invitation) already holds, keeps its old key
 * and is reported in {@code roster_email_key_report}: two accounts are never merged behind anyone's
 * back. {@link Migrations} runs it; a host that applies the SQL files with its own Flyway adds it
 * with {@code javaMigrations(Migrations.javaMigrations())}.
 */
public final class EmailKeyMigration implements JavaMigration {
    private static final String REPORT = "INSERT INTO roster_email_key_report "
            + "(tenant_id, record_type, record_id, email, stored_key, new_key, conflict_id, problem) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5");
    }

    @Override
    public String getDescription() {
        return "roster email keys";
    }

    @Override
    public Integer getChecksum() {
        return 5;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        recompute(c, new Table("user", "roster_user", "user_id", "status <> 'DELETED'"));
        recompute(c, new Table("invitation", "roster_invitation", "invitation_id", "status = 'PENDING'"));
    }

    /** A table with email keys: {@code live} marks the rows among which keys are unique per tenant. */
    private record Table(String recordType, String name, String idColumn, String live) {
        boolean hasSearchText() {
            return name.equals("roster_user");
        }
    }

    /** A row whose key changes or cannot be computed; only these are held in memory. */
    private record Change(String tenant, UUID id, String email, String storedKey, String newKey, boolean live, String invalid,
            String searchText) {
    }

    private static void recompute(Connection c, Table table) throws SQLException {
        for (Change change : changes(c, table)) {
            if (change.invalid() != null) {
                report(c, table, change, null, "no longer a valid address: " + change.invalid());
                continue;
            }
            UUID holder = change.live() ? holder(c, table, change) : null;
            if (holder != null) {
                report(c, table, change, holder, "its new key is held by " + table.recordType() + " " + holder);
            } else {
                rekey(c, table, change);
            }
        }
    }

    private static List<Change> changes(Connection c, Table table) throws SQLException {
        List<Change> changes = new ArrayList<>();
        String select = "SELECT tenant_id, " + table.idColumn() + ", email, email_key, CASE WHEN " + table.live() + " THEN 1 ELSE 0 END, "
                + (table.hasSearchText() ? "name_key, username_key" : "NULL, NULL") + " FROM " + table.name()
                + " ORDER BY tenant_id, " + table.idColumn();
        try (PreparedStatement s = c.prepareStatement(select)) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String email = rs.getString(3);
                    String storedKey = rs.getString(4);
                    String newKey = null;
                    String invalid = null;
                    try {
                        newKey = EmailAddress.of(email).canonical();
                    } catch (IllegalArgumentException e) {
                        invalid = e.getMessage();
                    }
                    if (!Objects.equals(newKey, storedKey)) {
                        String searchText = newKey == null || !table.hasSearchText() ? null
                                : UserRows.searchText(rs.getString(6), newKey, rs.getString(7));
                        changes.add(new Change(rs.getString(1), rs.getObject(2, UUID.class), email, storedKey, newKey, rs.getInt(5) == 1,
                                invalid, searchText));
                    }
                }
            }
        }
        return changes;
    }

    /** The live record of the tenant that holds the new key already, or null. */
    private static UUID holder(Connection c, Table table, Change change) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + table.idColumn() + " FROM " + table.name()
                + " WHERE tenant_id = ? AND email_key = ? AND " + table.live() + " AND " + table.idColumn() + " <> ?")) {
            s.setString(1, change.tenant());
            s.setString(2, change.newKey());
            s.setObject(3, change.id());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        }
    }

    private static void rekey(Connection c, Table table, Change change) throws SQLException {
        String set = table.hasSearchText() ? "email_key = ?, search_text = ?" : "email_key = ?";
        try (PreparedStatement s = c.prepareStatement("UPDATE " + table.name() + " SET " + set + " WHERE tenant_id = ? AND "
                + table.idColumn() + " = ?")) {
            int i = 1;
            s.setString(i++, change.newKey());
            if (table.hasSearchText()) {
                s.setString(i++, change.searchText());
            }
            s.setString(i++, change.tenant());
            s.setObject(i, change.id());
            s.executeUpdate();
        }
    }

    private static void report(Connection c, Table table, Change change, UUID conflict, String problem) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(REPORT)) {
            s.setString(1, change.tenant());
            s.setString(2, table.recordType());
            s.setObject(3, change.id());
            s.setString(4, change.email());
            s.setString(5, change.storedKey());
            s.setString(6, change.newKey());
            s.setObject(7, conflict);
            s.setString(8, problem.length() > 1024 ? problem.substring(0, 1024) : problem);
            s.executeUpdate();
        }
    }
}
