package dev.roster.core.user;

import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.UserId;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/** Replaces the groups a user belongs to. */
public record SetGroupsCommand(@NotNull UserId userId, long expectedVersion, @NotNull Set<@NotNull GroupId> groups) {
}
