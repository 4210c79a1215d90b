package dev.roster.core.user;

import dev.roster.spi.model.User;

/**
 * What a type change left: the new user, holding the address, profile, roles, overrides and groups,
 * and the old one, suspended, its address released to the new one.
 *
 * @param replacement the new user, of the new type
 * @param replaced the old user, suspended
 */
public record TypeChange(User replacement, User replaced) {
}
