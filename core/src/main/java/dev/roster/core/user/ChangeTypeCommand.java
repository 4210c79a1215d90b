package dev.roster.core.user;

import dev.roster.core.validation.PlainText;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.text.TextKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Gives a user another type the way a product whose types are fixed at creation does it: a new
 * user of the new type takes over the address and profile, and the old one is suspended.
 *
 * @param userId the user whose type changes
 * @param expectedVersion the version the admin's form was loaded at
 * @param userType the new type
 * @param roles the new user's roles; null keeps the old user's
 */
public record ChangeTypeCommand(
        @NotNull UserId userId,
        long expectedVersion,
        @NotNull @Size(max = Limits.USER_TYPE) @PlainText(TextKind.IDENTIFIER) String userType,
        Set<@NotNull RoleId> roles) {
}
