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
     * the same identity. Requires {@link Operation#VIEW_USERS}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param email the address
     * @return the user, or empty
     * @throws dev.roster.core.error.ValidationException when {@code email} is not an address
     */
    Optional<User> findByEmail(Actor actor, String email);

    /**
     * The user of the actor's tenant that is not deleted and has this username, ignoring case.
     * Requires {@link Operation#VIEW_USERS}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param username the username
     * @return the user, or empty
     */
    Optional<User> findByUsername(Actor actor, String username);

    /**
     * The user of the actor's tenant that is not deleted and has this external ID (the host's own id
     * for it, compared exactly). Requires {@link Operation#VIEW_USERS}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param externalId the host's id
     * @return the user, or empty
     */
    Optional<User> findByExternalId(Actor actor, String externalId);

    /**
     * One user of the actor's tenant. Requires {@link Operation#VIEW_USERS}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param id the user
     * @return the user
     * @throws dev.roster.core.error.NotFoundException when the tenant has no such user, or it is gone
     */
    User get(Actor actor, UserId id);

    /**
     * An admin adds an active user without an invitation. Requires {@link Operation#CREATE_USER}; the
     * actor must hold everything the user would hold. An open invitation to the address is revoked.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param command the user
     * @return the user
     * @throws dev.roster.core.error.ValidationException for bad input, naming each field
     * @throws dev.roster.spi.error.DuplicateKeyException when the email, username or external ID is taken
     * @throws dev.roster.core.error.ConflictException SEAT_LIMIT_EXCEEDED
     */
    User create(Actor actor, CreateUserCommand command);

    /**
     * Replaces email, profile and attributes. A changed email must be free in the tenant. Requires
     * {@link Operation#EDIT_USER}; the actor must hold everything the user holds.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param command the new profile and the version it was loaded at
     * @return the user
     * @throws dev.roster.spi.error.StaleVersionException when it changed meanwhile
     */
    User editProfile(Actor actor, EditProfileCommand command);

    /**
     * Replaces the roles, within the policy's cardinality. Requires {@link Operation#ASSIGN_ROLES}; the
     * actor must hold everything the user holds before and after; nobody changes its own roles.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param command the roles and the version they were loaded at
     * @return the user
     * @throws dev.roster.core.error.ConflictException LAST_ADMIN when it would demote the last active admin
     */
    User changeRoles(Actor actor, ChangeRolesCommand command);

    /**
     * Replaces the per-user grants and denies; each must be overridable for the user's roles.
     * Requires {@link Operation#SET_OVERRIDES}; as {@link #changeRoles}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param command the overrides and the version they were loaded at
     * @return the user
     */
    User setOverrides(Actor actor, SetOverridesCommand command);

    /**
     * Replaces the groups the user belongs to. Requires {@link Operation#MANAGE_GROUPS}; as {@link #changeRoles}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param command the groups and the version they were loaded at
     * @return the user
     */
    User setGroups(Actor actor, SetGroupsCommand command);

    /**
     * Changes a user's type as products whose types are fixed at creation tell admins to: "create a
     * new user with the correct type and suspend the old one", in one unit of work. The new user gets
     * the address, profile, overrides, groups and attributes (and the old roles unless others are
     * named), and no password: give it a temporary one or let it reset. The old user is suspended,
     * its sessions end, and it keeps its history under a released address (shown as before, found by
     * no lookup by address, never reactivated), without its username and external ID, which moved.
     * One audit entry on the old user names the new one. Requires
     * {@link Operation#CREATE_USER} and the permission of {@link Operation#SUSPEND}; never oneself,
     * and never leaving the tenant without an active admin.
     *
     * @param actor who acts: a member allowed both operations, or the system
     * @param command the user, its version and the new type
     * @return the new user and the old one
     * @throws dev.roster.core.error.ValidationException {@code userType} unknown or unchanged, or roles the policy refuses
     * @throws dev.roster.core.error.ConflictException INVALID_TRANSITION for a deleted user, LAST_ADMIN, SEAT_LIMIT_EXCEEDED
     */
    TypeChange changeType(Actor actor, ChangeTypeCommand command);

    /**
     * Everything Roster holds about one user, for a data-access request; the export is audited.
     * Requires {@link Operation#EXPORT_PERSONAL_DATA} (the admin permission unless the policy says otherwise).
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param id the user
     * @return the data
     */
    PersonalData exportPersonalData(Actor actor, UserId id);
}
