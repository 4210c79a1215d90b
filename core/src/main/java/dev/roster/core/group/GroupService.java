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
    List<Group> list(Actor actor);

    Group create(Actor actor, String name, Set<Permission> permissions);

    Group update(Actor actor, GroupId id, long expectedVersion, String name, Set<Permission> permissions);

    /** Deletes the group; members simply stop inheriting from it. */
    void delete(Actor actor, GroupId id);
}
