package dev.roster.core.group;

import dev.roster.core.access.Actor;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.Permission;
import java.util.List;
import java.util.Set;

/**
 * Groups: named sets of users whose members inherit the group's permissions. Membership is set on
 * the user ({@code UserService.setGroups}). The admin permission cannot come from a group.
 */
public interface GroupService {
    /**
     * All groups of the actor's tenant, by name. Requires {@link dev.roster.core.policy.Operation#VIEW_USERS}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @return the groups
     */
    List<Group> list(Actor actor);

    /**
     * Creates a group. Requires {@link dev.roster.core.policy.Operation#MANAGE_GROUPS}; the actor must hold
     * every permission the group grants, and the admin permission never comes from a group.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param name one line, 1 to 100 characters, unique in the tenant ignoring case
     * @param permissions what members inherit
     * @return the group
     * @throws dev.roster.core.error.ValidationException for a bad name or permission
     * @throws dev.roster.spi.error.DuplicateKeyException DUPLICATE_NAME
     */
    Group create(Actor actor, String name, Set<Permission> permissions);

    /**
     * Renames a group and replaces its permissions; every member's permissions follow. As {@link #create}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param id the group
     * @param expectedVersion the version the admin's form was loaded at
     * @param name the new name
     * @param permissions the new permissions
     * @return the group
     * @throws dev.roster.spi.error.StaleVersionException when it changed meanwhile
     */
    Group update(Actor actor, GroupId id, long expectedVersion, String name, Set<Permission> permissions);

    /**
     * Deletes the group; members simply stop inheriting from it. Requires {@link dev.roster.core.policy.Operation#MANAGE_GROUPS}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param id the group
     * @throws dev.roster.core.error.NotFoundException when the tenant has no such group
     */
    void delete(Actor actor, GroupId id);
}
