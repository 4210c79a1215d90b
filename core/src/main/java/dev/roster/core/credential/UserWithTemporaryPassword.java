package dev.roster.core.credential;

import dev.roster.spi.model.User;

/**
 * A user an admin created with a temporary password, to show once.
 *
 * @param user the new user
 * @param temporaryPassword its temporary password
 */
public record UserWithTemporaryPassword(User user, TemporaryPassword temporaryPassword) {
}
