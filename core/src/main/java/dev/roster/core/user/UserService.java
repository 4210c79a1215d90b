package dev.roster.core.user;

import dev.roster.core.access.Actor;
import dev.roster.core.policy.Operation;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import java.util.Optional;

/** Creating users directly and editing them: profile, roles, permission overrides, groups. */
public interface UserService {
    /**
     * The user of the actor's tenant that is not deleted and has this address, in any spelling of
     * the same identity; empty when there is none.
     *
     * @throws dev.roster.core.error.ValidationException when {@code email} is not an address
     */
    Optional<User> findByEmail(Actor actor, String email);

    /** The user of the actor's tenant that is not deleted and has this username (case-insensitive). */
    Optional<User> findByUsername(Actor actor, String username);

    /** The user of the actor's tenant that is not deleted and has this external ID (the host's own id for it, exact). */
    Optional<User> findByExternalId(Actor actor, String externalId);

    /** Reads one user of the actor's tenant. */
    User get(Actor actor, UserId id);

    /** An admin adds an active user without an invitation. */
    User create(Actor actor, CreateUserCommand command);

    /** Replaces email, profile and attributes. A changed email must be free in the tenant. */
    User editProfile(Actor actor, EditProfileCommand command);

    /** Replaces the roles, within the policy's cardinality. */
    User changeRoles(Actor actor, ChangeRolesCommand command);

    /** Replaces the per-user grants and denies; each must be overridable for the user's roles. */
    User setOverrides(Actor actor, SetOverridesCommand command);

    /** Replaces the groups the user belongs to. */
    User setGroups(Actor actor, SetGroupsCommand command);

    /**
     * Everything Roster holds about one user, for a data-access request; the export is audited.
     * Requires {@link Operation#EXPORT_PERSONAL_DATA} (the admin permission unless the policy says otherwise).
     */
    PersonalData exportPersonalData(Actor actor, UserId id);
}
