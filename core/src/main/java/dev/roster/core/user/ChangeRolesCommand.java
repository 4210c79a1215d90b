package dev.roster.core.user;

import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.UserId;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/** Replaces a user's roles; how many are allowed is the policy's role cardinality. */
public record ChangeRolesCommand(@NotNull UserId userId, long expectedVersion, @NotEmpty Set<@NotNull RoleId> roles) {
}
