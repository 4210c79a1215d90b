package dev.roster.core.user;

import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.UserId;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** Replaces a user's per-user permission overrides (grant or deny). An empty map clears them. */
public record SetOverridesCommand(@NotNull UserId userId, long expectedVersion, @NotNull Map<@NotNull Permission, @NotNull Effect> overrides) {
}
