package dev.roster.adapters.jdbc;

import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.InviteeProfile;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;

/** An invitation as a row of {@code roster_invitation}, both ways. */
final class InvitationRows {
    static final String FIELDS = "email, email_key, token_hash, roles, user_type, permission_flags, invitee_first_name, invitee_last_name, "
            + "invitee_username, invitee_date_of_birth, message, invited_by, status, created_at, expires_at, last_sent_at, resend_count, "
            + "resolved_at, accepted_user_id, invitee_display_name, invitee_phone, invitee_timezone, invitee_external_id";
    static final String COLUMNS = "tenant_id, invitation_id, " + FIELDS + ", version";
    static final String INSERT = "INSERT INTO roster_invitation (" + COLUMNS + ") VALUES (" + "?, ".repeat(25) + "?)";
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
                .string(i.invitee().timezone() == null ? null : i.invitee().timezone().getId()).string(i.invitee().externalId());
    }

    static Invitation invitation(ResultSet rs) throws SQLException {
        String timezone = rs.getString("invitee_timezone");
        InviteeProfile invitee = new InviteeProfile(rs.getString("invitee_first_name"), rs.getString("invitee_last_name"),
                rs.getString("invitee_display_name"), rs.getString("invitee_username"), rs.getString("invitee_phone"),
                timezone == null ? null : java.time.ZoneId.of(timezone), rs.getString("invitee_external_id"),
                Sql.date(rs, "invitee_date_of_birth"));
        return new Invitation(InvitationId.of(Sql.uuid(rs, "invitation_id")), TenantId.of(rs.getString("tenant_id")),
                EmailAddress.stored(rs.getString("email"), rs.getString("email_key")), rs.getString("token_hash"), UserRows.roles(rs.getString("roles")),
                rs.getString("user_type"), Codec.effects(rs.getString("permission_flags")), invitee, rs.getString("message"),
                rs.getObject("invited_by") == null ? null : UserId.of(Sql.uuid(rs, "invited_by")),
                InvitationStatus.valueOf(rs.getString("status")), Sql.instant(rs, "created_at"), Sql.instant(rs, "expires_at"),
                Sql.instant(rs, "last_sent_at"), rs.getInt("resend_count"), Sql.instant(rs, "resolved_at"),
                rs.getObject("accepted_user_id") == null ? null : UserId.of(Sql.uuid(rs, "accepted_user_id")), rs.getLong("version"));
    }
}
