package dev.roster.adapters.jdbc;

import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.InviteeProfile;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.sql.SQLException;

/** An invitation as a row of {@code roster_invitation}, both ways. */
final class InvitationRows {
    static final String FIELDS = "email, email_key, token_hash, roles, user_type, permission_flags, invitee_first_name, invitee_last_name, "
            + "invitee_username, invitee_date_of_birth, message, invited_by, status, created_at, expires_at, last_sent_at, resend_count, "
            + "resolved_at, accepted_user_id, invitee_display_name, invitee_phone, invitee_timezone, invitee_external_id, name_key, search_text";
    static final String COLUMNS = "tenant_id, invitation_id, " + FIELDS + ", version";
    /** What {@link #invitation} reads: every column but the derived keys (name key, search text), which stay in the database. */
    static final String SELECT_COLUMNS = COLUMNS.replace(", name_key, search_text", "");
    static final String INSERT = "INSERT INTO roster_invitation (" + COLUMNS + ") VALUES (" + "?, ".repeat(27) + "?)";
    static final String UPDATE = "UPDATE roster_invitation SET " + FIELDS.replace(",", " = ?,") + " = ?, version = version + 1"
            + " WHERE tenant_id = ? AND invitation_id = ? AND version = ?";

    private InvitationRows() {
    }

    static void bindInsert(Sql.Params p, Invitation i) throws SQLException {
        p.string(i.tenantId().value()).uuid(i.id().value());
        bindFields(p, i);
        p.number(i.version());
    }

    static void bindUpdate(Sql.Params p, Invitation i) throws SQLException {
        bindFields(p, i);
        p.string(i.tenantId().value()).uuid(i.id().value()).number(i.version());
    }

    private static void bindFields(Sql.Params p, Invitation i) throws SQLException {
        p.string(i.email().value()).string(i.email().canonical()).string(i.tokenHash()).string(UserRows.roles(i.roles()))
                .string(i.userType()).string(Codec.effects(i.permissionFlags()))
                .string(i.invitee().firstName()).string(i.invitee().lastName()).string(i.invitee().username()).date(i.invitee().dateOfBirth())
                .string(i.message()).uuid(i.invitedBy() == null ? null : i.invitedBy().value()).string(i.status().name())
                .instant(i.createdAt()).instant(i.expiresAt()).instant(i.lastSentAt()).integer(i.resendCount()).instant(i.resolvedAt())
                .uuid(i.acceptedUserId() == null ? null : i.acceptedUserId().value())
                .string(i.invitee().displayName()).string(i.invitee().phone())
                .string(i.invitee().timezone() == null ? null : i.invitee().timezone().getId()).string(i.invitee().externalId())
                .string(i.sortName()).string(searchText(i));
    }

    /** What the people view's substring search looks in: the invitee's name (when given) and address, lower case, one per line. */
    static String searchText(Invitation i) {
        String name = i.invitee().shownName();
        return name == null ? i.email().canonical() : searchText(i.sortName(), i.email().canonical());
    }

    static String searchText(String nameKey, String emailKey) {
        return nameKey + "\n" + emailKey;
    }

    static Invitation invitation(ResultSet rs) throws SQLException {
        return invitation(rs, "");
    }

    /** The columns of {@link #SELECT_COLUMNS} as {@code column AS prefix_column}, for a statement that selects another table's too. */
    static String aliased(String prefix) {
        return Arrays.stream(SELECT_COLUMNS.split(",\\s*")).map(column -> column + " AS " + prefix + column).collect(Collectors.joining(", "));
    }

    /** NULLs under the labels of {@link #aliased}, for a row of another table in the same UNION (which types them from the other branch). */
    static String aliasedNulls(String prefix) {
        return Arrays.stream(SELECT_COLUMNS.split(",\\s*")).map(column -> "NULL AS " + prefix + column).collect(Collectors.joining(", "));
    }

    /** Maps a row whose invitation columns are labelled {@code prefix + column}. */
    static Invitation invitation(ResultSet rs, String prefix) throws SQLException {
        String timezone = rs.getString(prefix + "invitee_timezone");
        InviteeProfile invitee = new InviteeProfile(rs.getString(prefix + "invitee_first_name"), rs.getString(prefix + "invitee_last_name"),
                rs.getString(prefix + "invitee_display_name"), rs.getString(prefix + "invitee_username"), rs.getString(prefix + "invitee_phone"),
                timezone == null ? null : java.time.ZoneId.of(timezone), rs.getString(prefix + "invitee_external_id"),
                Sql.date(rs, prefix + "invitee_date_of_birth"));
        return new Invitation(InvitationId.of(Sql.uuid(rs, prefix + "invitation_id")), TenantId.of(rs.getString(prefix + "tenant_id")),
                EmailAddress.stored(rs.getString(prefix + "email"), rs.getString(prefix + "email_key")), rs.getString(prefix + "token_hash"), UserRows.roles(rs.getString(prefix + "roles")),
                rs.getString(prefix + "user_type"), Codec.effects(rs.getString(prefix + "permission_flags")), invitee, rs.getString(prefix + "message"),
                rs.getObject(prefix + "invited_by") == null ? null : UserId.of(Sql.uuid(rs, prefix + "invited_by")),
                InvitationStatus.valueOf(rs.getString(prefix + "status")), Sql.instant(rs, prefix + "created_at"), Sql.instant(rs, prefix + "expires_at"),
                Sql.instant(rs, prefix + "last_sent_at"), rs.getInt(prefix + "resend_count"), Sql.instant(rs, prefix + "resolved_at"),
                rs.getObject(prefix + "accepted_user_id") == null ? null : UserId.of(Sql.uuid(rs, prefix + "accepted_user_id")), rs.getLong(prefix + "version"));
    }
}
