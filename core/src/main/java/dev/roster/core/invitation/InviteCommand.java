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

    /**
     * Normalises the message.
     *
     * @param email the email
     * @param roles the roles
     * @param userType the user type
     * @param permissionFlags per-user grants or denies the user gets on acceptance (API access, data export, ...); each must be overridable for the roles
     * @param message the inviter's personal message, sent with the invitation
     * @param invitee the invitee
     */
    public InviteCommand {
        message = Normalized.paragraph(message);
    }

    /**
     * One address with one role and nothing else.
     *
     * @param email the address
     * @param role the role; null for the policy's default
     * @return the command
     */
    public static InviteCommand of(String email, RoleId role) {
        return new InviteCommand(email, role == null ? null : Set.of(role), null, null, null, null);
    }

    /**
     * Sets the roles the invitee gets.
     *
     * @param value the value
     * @return the changed command
     */
    public InviteCommand withRoles(Set<RoleId> value) {
        return new InviteCommand(email, value, userType, permissionFlags, message, invitee);
    }

    /**
     * Sets the user type.
     *
     * @param value the value
     * @return the changed command
     */
    public InviteCommand withUserType(String value) {
        return new InviteCommand(email, roles, value, permissionFlags, message, invitee);
    }

    /**
     * Sets the per-user grants or denies the invitee gets.
     *
     * @param value the value
     * @return the changed command
     */
    public InviteCommand withPermissionFlags(Map<Permission, Effect> value) {
        return new InviteCommand(email, roles, userType, value, message, invitee);
    }

    /**
     * Sets the personal message.
     *
     * @param value the value
     * @return the changed command
     */
    public InviteCommand withMessage(String value) {
        return new InviteCommand(email, roles, userType, permissionFlags, value, invitee);
    }

    /**
     * Sets what the inviter fills in ahead of acceptance.
     *
     * @param value the details
     * @return the changed command
     */
    public InviteCommand withInvitee(InviteeFields value) {
        return new InviteCommand(email, roles, userType, permissionFlags, message, value);
    }
}
