package dev.roster.adapters.jdbc;

import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.InviteeProfile;
import dev.roster.spi.model.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 19: the name key and search text of every invitation that names its invitee (migration 18
 * filled those of the others in SQL), computed as the store computes them on every write
 * ({@link Invitation#sortName()}, {@link InvitationRows#searchText}); then both columns are required.
 */
public final class InvitationKeysMigration implements JavaMigration {
    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("19");
    }

    @Override
    public String getDescription() {
        return "roster invitation keys";
    }

    @Override
    public Integer getChecksum() {
        return 19;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        List<Keys> keys = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT tenant_id, invitation_id, email, email_key, invitee_first_name, "
                + "invitee_last_name, invitee_display_name FROM roster_invitation WHERE name_key IS NULL OR search_text IS NULL")) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Invitation named = named(rs);
                    keys.add(new Keys(rs.getString(1), rs.getObject(2, UUID.class), named.sortName(), InvitationRows.searchText(named)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE roster_invitation SET name_key = ?, search_text = ? "
                + "WHERE tenant_id = ? AND invitation_id = ?")) {
            for (Keys k : keys) {
                s.setString(1, k.nameKey());
                s.setString(2, k.searchText());
                s.setString(3, k.tenant());
                s.setObject(4, k.id());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (var s = c.createStatement()) {
            s.execute("ALTER TABLE roster_invitation ALTER COLUMN name_key SET NOT NULL");
            s.execute("ALTER TABLE roster_invitation ALTER COLUMN search_text SET NOT NULL");
        }
    }

    /** Just enough of an invitation for its keys: the address and the invitee's names. */
    private static Invitation named(ResultSet rs) throws SQLException {
        Instant any = Instant.EPOCH;
        return new Invitation(InvitationId.of(rs.getObject(2, UUID.class)), TenantId.of(rs.getString(1)),
                EmailAddress.stored(rs.getString(3), rs.getString(4)), "-", Set.of(), "-", java.util.Map.of(),
                new InviteeProfile(rs.getString(5), rs.getString(6), rs.getString(7), null, null, null, null, null), null, null,
                InvitationStatus.PENDING, any, null, any, 0, null, null, 0);
    }

    private record Keys(String tenant, UUID id, String nameKey, String searchText) {
    }
}
