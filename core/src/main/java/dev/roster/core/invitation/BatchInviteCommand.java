package dev.roster.core.invitation;

import dev.roster.core.validation.Normalized;
import dev.roster.core.validation.PlainText;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.text.TextKind;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Invite many addresses with the same role, flags and message (up to the policy's batch limit).
 * Every address is checked first. Start from {@link #of} and add what you need.
 *
 * @param emails the addresses, as typed
 * @param roles the roles every invitee gets; null or empty for the policy's default role
 * @param userType the user type; null for the policy's default
 * @param permissionFlags per-user grants or denies every invitee gets on acceptance; null for none
 * @param message the inviter's personal message; null for none
 * @param skipInvalid false: one bad address rejects the whole batch and nothing is invited; true:
 *     the good ones are invited and the others reported
 */
public record BatchInviteCommand(
        @NotEmpty List<@NotNull String> emails,
        Set<@NotNull RoleId> roles,
        @Size(max = Limits.USER_TYPE) @PlainText(TextKind.IDENTIFIER) String userType,
        Map<@NotNull Permission, @NotNull Effect> permissionFlags,
        @Size(max = Limits.MESSAGE) @PlainText(TextKind.PARAGRAPH) String message,
        boolean skipInvalid) {

    /**
     * Normalises the message.
     *
     * @param emails the addresses, as typed
     * @param roles the roles every invitee gets; null or empty for the policy's default role
     * @param userType the user type; null for the policy's default
     * @param permissionFlags per-user grants or denies every invitee gets on acceptance; null for none
     * @param message the inviter's personal message; null for none
     * @param skipInvalid false: one bad address rejects the whole batch and nothing is invited; true: the good ones are invited and the others reported
     */
    public BatchInviteCommand {
        message = Normalized.paragraph(message);
    }

    /**
     * These addresses with the policy's defaults, all or nothing.
     *
     * @param emails the addresses
     * @return the command
     */
    public static BatchInviteCommand of(List<String> emails) {
        return new BatchInviteCommand(emails, null, null, null, null, false);
    }

    /**
     * Sets the roles every invitee gets.
     *
     * @param value the value
     * @return the changed command
     */
    public BatchInviteCommand withRoles(Set<RoleId> value) {
        return new BatchInviteCommand(emails, value, userType, permissionFlags, message, skipInvalid);
    }

    /**
     * Sets the user type.
     *
     * @param value the value
     * @return the changed command
     */
    public BatchInviteCommand withUserType(String value) {
        return new BatchInviteCommand(emails, roles, value, permissionFlags, message, skipInvalid);
    }

    /**
     * Sets the per-user grants or denies every invitee gets.
     *
     * @param value the value
     * @return the changed command
     */
    public BatchInviteCommand withPermissionFlags(Map<Permission, Effect> value) {
        return new BatchInviteCommand(emails, roles, userType, value, message, skipInvalid);
    }

    /**
     * Sets the personal message.
     *
     * @param value the value
     * @return the changed command
     */
    public BatchInviteCommand withMessage(String value) {
        return new BatchInviteCommand(emails, roles, userType, permissionFlags, value, skipInvalid);
    }

    /**
     * Invites the good addresses and reports the others, instead of rejecting the whole batch.
     *
     * @return the changed command
     */
    public BatchInviteCommand skippingInvalid() {
        return new BatchInviteCommand(emails, roles, userType, permissionFlags, message, true);
    }
}
