package dev.roster.console.internal;

import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.policy.Operation;

/**
 * Which buttons to show. Only a hint to the page: every action is checked again by Roster when it is
 * taken, so a crafted POST gets no further than the API lets that actor.
 */
final class Permissions {
    private final Roster roster;

    Permissions(Roster roster) {
        this.roster = roster;
    }

    boolean may(Actor actor, Operation operation) {
        return actor.userId().map(id -> roster.permissions().check(actor.tenant(), id, roster.policy().permissionFor(operation))).orElse(true);
    }
}
