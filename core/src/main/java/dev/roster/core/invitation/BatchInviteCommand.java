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
 * Every address is checked first. With {@code skipInvalid} false, one bad address rejects the whole
 * batch and nothing is invited; with it true, the good ones are invited and the others reported.
 */
public record BatchInviteCommand(
        @NotEmpty List<@NotNull String> emails,
        Set<@NotNull RoleId> roles,
        @Size(max = Limits.USER_TYPE) @PlainText(TextKind.IDENTIFIER) String userType,
        Map<@NotNull Permission, @NotNull Effect> permissionFlags,
        @Size(max = Limits.MESSAGE) @PlainText(TextKind.PARAGRAPH) String message,
        boolean skipInvalid) {

    public BatchInviteCommand {
        message = Normalized.paragraph(message);
    }
}
