package dev.roster.core.internal.service;

import dev.roster.core.access.Actor;
import dev.roster.core.audit.AuditActions;
import dev.roster.core.error.NotFoundException;
import dev.roster.core.error.ValidationException.Violation;
import dev.roster.core.error.ValidationException;
import dev.roster.core.internal.Acting;
import dev.roster.core.internal.AdminOperations.UserChange;
import dev.roster.core.internal.AdminOperations;
import dev.roster.core.internal.Authorizer;
import dev.roster.core.internal.Guards;
import dev.roster.core.internal.PersonalRecords;
import dev.roster.core.internal.RosterContext;
import dev.roster.core.internal.Superseded;
import dev.roster.core.internal.UserRules;
import dev.roster.core.internal.UserWriter;
import dev.roster.core.permission.Decision;
import dev.roster.core.policy.Operation;
import dev.roster.core.user.ChangeRolesCommand;
import dev.roster.core.user.ChangeTypeCommand;
import dev.roster.core.user.TypeChange;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.EditProfileCommand;
import dev.roster.core.user.PersonalData;
import dev.roster.core.user.SetGroupsCommand;
import dev.roster.core.user.SetOverridesCommand;
import dev.roster.core.user.UserService;
import dev.roster.spi.error.StaleVersionException;
import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.Profile;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.StoreTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The engine behind {@link UserService}. */
public final class DefaultUserService implements UserService {
    private final RosterContext ctx;
    private final Authorizer authorizer;
    private final AdminOperations ops;
    private final Guards guards;
    private final UserRules rules;
    private final UserWriter writer;
    private final TypeChanges typeChanges;

    public DefaultUserService(RosterContext ctx, Authorizer authorizer, Guards guards, UserRules rules, UserWriter writer) {
        this.ctx = ctx;
        this.authorizer = authorizer;
        this.ops = new AdminOperations(ctx, authorizer);
        this.guards = guards;
        this.rules = rules;
        this.writer = writer;
        this.typeChanges = new TypeChanges(ctx, ops, guards, rules, writer);
    }

    @Override
    public TypeChange changeType(Actor actor, ChangeTypeCommand command) {
        ctx.validator().check(command);
        TypeChange done = ops.run(actor, Operation.CREATE_USER, true, (tx, acting, now) -> typeChanges.change(command, tx, acting, now));
        ctx.permissionCache().invalidate(done.replaced().id());
        ctx.permissionCache().invalidate(done.replacement().id());
        return done;
    }

    /** Reads one user of the actor's tenant. */
    @Override
    public User get(Actor actor, UserId id) {
        Instant now = ctx.clock().instant();
        return ctx.store().read(tx -> {
            authorizer.authorize(tx, actor, Operation.VIEW_USERS, false);
            User user = find(tx, actor, id);
            if (user.isPurgeable(now)) {
                throw new NotFoundException("user", id); // gone, whether or not the purge has run yet
            }
            return user;
        });
    }

    @Override
    public Optional<User> findByEmail(Actor actor, String email) {
        EmailAddress address;
        try {
            address = EmailAddress.of(email);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("email", e.getMessage());
        }
        return lookUp(actor, tx -> tx.users().findByEmail(actor.tenant(), address.canonical()));
    }

    @Override
    public Optional<User> findByUsername(Actor actor, String username) {
        return username == null ? Optional.empty()
                : lookUp(actor, tx -> tx.users().findByUsername(actor.tenant(), username.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<User> findByExternalId(Actor actor, String externalId) {
        return externalId == null ? Optional.empty() : lookUp(actor, tx -> tx.users().findByExternalId(actor.tenant(), externalId));
    }

    private Optional<User> lookUp(Actor actor, Function<StoreTransaction, Optional<User>> query) {
        return ctx.store().read(tx -> {
            authorizer.authorize(tx, actor, Operation.VIEW_USERS, false);
            return query.apply(tx);
        });
    }

    /** An admin adds an active user without an invitation. */
    @Override
    public User create(Actor actor, CreateUserCommand command) {
        ctx.validator().check(command);
        EmailAddress email = EmailAddress.of(command.email());
        return ops.run(actor, Operation.CREATE_USER, true, (tx, acting, now) -> {
            Set<RoleId> roles = rules.rolesOrDefault(command.roles());
            String userType = rules.userTypeOrDefault(command.userType());
            Map<Permission, Effect> overrides = command.overrides() == null ? Map.of() : command.overrides();
            Set<GroupId> groups = command.groups() == null ? Set.of() : command.groups();
            Map<String, String> attributes = command.attributes() == null ? Map.of() : command.attributes();
            List<Violation> violations = new ArrayList<>();
            rules.checkRoles("roles", roles, violations);
            rules.checkUserType("userType", userType, violations);
            rules.checkOverrides("overrides", roles, overrides, violations);
            rules.checkGroups("groups", groups, acting.groups().keySet(), violations);
            rules.checkAttributes("attributes", attributes, violations);
            rules.checkDateOfBirth("profile.dateOfBirth", command.profile().dateOfBirth(), today(now), violations);
            UserRules.throwIfAny(violations);
            Profile profile = UserRules.toProfile(command.profile(), email);
            rules.requireFree(tx, acting.tenant().id(), email, profile, null);
            guards.seatsAvailable(tx, acting.tenant(), now, guards.takesSeat(UserStatus.ACTIVE, userType) ? 1 : 0);
            User user = new User(UserId.of(ctx.ids().next()), acting.tenant().id(), email, profile, userType, roles, overrides,
                    groups, UserStatus.ACTIVE, false,
                    rules.registrationSource(tx, acting.tenant().id(), command.registration(), ctx.tokens().referralCode()),
                    attributes, now, now, null, null, 0);
            User stored = writer.insert(tx, acting, user);
            Superseded.revokeOpenInvitation(tx, ctx.audit(), acting, email, now);
            ops.record(tx, acting, AuditActions.USER_CREATED, AuditActions.TARGET_USER, stored.id(),
                    Map.of("email", email.value(), "roles", roles.toString(), "userType", userType));
            return stored;
        });
    }

    /** Replaces email, profile and attributes. A changed email must be free in the tenant. */
    @Override
    public User editProfile(Actor actor, EditProfileCommand command) {
        ctx.validator().check(command);
        EmailAddress typed = EmailAddress.of(command.email());
        Instant now = ctx.clock().instant();
        return change(actor, Operation.EDIT_USER, command.userId(), command.expectedVersion(), AuditActions.USER_PROFILE_EDITED,
                (tx, acting, user) -> {
                    // A replaced user stays replaced: whatever address its form sends, it holds it released, never claimed.
                    EmailAddress email = user.email().replacement().map(typed::releasedTo).orElse(typed);
                    Map<String, String> attributes = command.attributes() == null ? user.attributes() : command.attributes();
                    List<Violation> violations = new ArrayList<>();
                    rules.checkAttributes("attributes", attributes, violations);
                    rules.checkDateOfBirth("profile.dateOfBirth", command.profile().dateOfBirth(), today(now), violations);
                    UserRules.throwIfAny(violations);
                    Profile profile = UserRules.toProfile(command.profile(), email);
                    rules.requireFree(tx, user.tenantId(), email, profile, user.id());
                    if (!email.isReleased() && !email.equals(user.email())) {
                        Superseded.revokeOpenInvitation(tx, ctx.audit(), acting, email, now);
                    }
                    return user.toBuilder().email(email).profile(profile).attributes(attributes).build();
                });
    }

    /** Replaces the roles, within the policy's cardinality. */
    @Override
    public User changeRoles(Actor actor, ChangeRolesCommand command) {
        ctx.validator().check(command);
        return change(actor, Operation.ASSIGN_ROLES, command.userId(), command.expectedVersion(), AuditActions.USER_ROLES_CHANGED,
                (tx, acting, user) -> {
                    List<Violation> violations = new ArrayList<>();
                    rules.checkRoles("roles", command.roles(), violations);
                    UserRules.throwIfAny(violations);
                    return user.toBuilder().roles(command.roles()).build();
                });
    }

    /** Replaces the per-user grants and denies; each must be overridable for the user's roles. */
    @Override
    public User setOverrides(Actor actor, SetOverridesCommand command) {
        ctx.validator().check(command);
        return change(actor, Operation.SET_OVERRIDES, command.userId(), command.expectedVersion(), AuditActions.USER_OVERRIDES_CHANGED,
                (tx, acting, user) -> {
                    List<Violation> violations = new ArrayList<>();
                    rules.checkOverrides("overrides", user.roles(), command.overrides(), violations);
                    UserRules.throwIfAny(violations);
                    return user.toBuilder().overrides(command.overrides()).build();
                });
    }

    /** Replaces the groups the user belongs to. */
    @Override
    public User setGroups(Actor actor, SetGroupsCommand command) {
        ctx.validator().check(command);
        return change(actor, Operation.MANAGE_GROUPS, command.userId(), command.expectedVersion(), AuditActions.USER_GROUPS_CHANGED,
                (tx, acting, user) -> {
                    List<Violation> violations = new ArrayList<>();
                    rules.checkGroups("groups", command.groups(), acting.groups().keySet(), violations);
                    UserRules.throwIfAny(violations);
                    return user.toBuilder().groups(command.groups()).build();
                });
    }

    /**
     * Everything Roster holds about one user, for a data-access request; the export is audited.
     * Requires {@link Operation#EXPORT_PERSONAL_DATA} (the admin permission unless the policy says otherwise).
     */
    @Override
    public PersonalData exportPersonalData(Actor actor, UserId id) {
        return ops.run(actor, Operation.EXPORT_PERSONAL_DATA, false, (tx, acting, now) -> {
            PersonalData data = personalData(tx, acting, find(tx, actor, id), now);
            ops.record(tx, acting, AuditActions.USER_DATA_EXPORTED, AuditActions.TARGET_USER, id, Map.of("invitations",
                    String.valueOf(data.invitations().size()), "auditEntries", String.valueOf(data.auditEntries().size()), "earlierRecords",
                    String.valueOf(data.earlierRecords().size())));
            return data;
        });
    }

    /** One record of the person, with the records it replaced (a type change keeps them), each with its own. */
    private PersonalData personalData(StoreTransaction tx, Acting acting, User user, Instant now) {
        PersonalRecords records = PersonalRecords.of(tx, user);
        List<Decision> permissions = ctx.policy().permissions().stream().sorted()
                .map(p -> ctx.resolver().explain(records.user(), acting.tenant(), acting.groups(), p)).toList();
        List<AuditEntry> audit = new ArrayList<>(records.auditAboutUser());
        records.invitations().values().forEach(audit::addAll);
        List<PersonalData> earlier = tx.users().findReplacedBy(user.tenantId(), user.id()).stream()
                .map(replaced -> personalData(tx, acting, replaced, now)).toList();
        return new PersonalData(records.user(), permissions,
                records.invitations().keySet().stream().map(i -> PersonalData.SentInvitation.of(i, now)).toList(), audit, now, earlier);
    }

    private User change(Actor actor, Operation operation, UserId id, long expectedVersion, String action, Change change) {
        return ops.onUser(actor, operation, id, action, (tx, acting, before, now) -> {
            if (before.status() == UserStatus.DELETED) {
                throw new NotFoundException("user", id);
            }
            if (before.version() != expectedVersion) {
                throw new StaleVersionException("user", id, expectedVersion);
            }
            return UserChange.diff(before, writer.update(tx, acting, before, change.apply(tx, acting, before), now));
        });
    }

    private static User find(StoreTransaction tx, Actor actor, UserId id) {
        return tx.users().find(actor.tenant(), id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    @FunctionalInterface
    private interface Change {
        User apply(StoreTransaction tx, Acting acting, User user);
    }
}
