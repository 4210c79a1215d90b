package dev.roster.core.invitation;

import dev.roster.core.validation.Normalized;
import dev.roster.core.validation.PlainText;
import dev.roster.core.validation.ValidEmail;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.text.TextKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Set;

/**
 * Invite one address. Null roles mean the policy's default role; a null user type the default type.
 *
 * @param permissionFlags per-user grants or denies the user gets on acceptance (API access, data
 *     export, ...); each must be overridable for the roles
 * @param message the inviter's personal message, sent with the invitation
 */
public record InviteCommand(
        @NotNull @ValidEmail String email,
        Set<@NotNull RoleId> roles,
        @Size(max = Limits.USER_TYPE) @PlainText(TextKind.IDENTIFIER) String userType,
        Map<@NotNull Permission, @NotNull Effect> permissionFlags,
        @Size(max = Limits.MESSAGE) @PlainText(TextKind.PARAGRAPH) String message,
        @Valid InviteeFields invitee) {

    public InviteCommand {
        message = Normalized.paragraph(message);
    }

    /** One address with one role (null for the policy's default) and nothing else. */
    public static InviteCommand of(String email, RoleId role) {
        return new InviteCommand(email, role == null ? null : Set.of(role), null, null, null, null);
    }

    public InviteCommand withRoles(Set<RoleId> value) {
        return new InviteCommand(email, value, userType, permissionFlags, message, invitee);
    }

    public InviteCommand withUserType(String value) {
        return new InviteCommand(email, roles, value, permissionFlags, message, invitee);
    }

    public InviteCommand withPermissionFlags(Map<Permission, Effect> value) {
        return new InviteCommand(email, roles, userType, value, message, invitee);
    }

    public InviteCommand withMessage(String value) {
        return new InviteCommand(email, roles, userType, permissionFlags, value, invitee);
    }

    public InviteCommand withInvitee(InviteeFields value) {
        return new InviteCommand(email, roles, userType, permissionFlags, message, value);
    }
}
