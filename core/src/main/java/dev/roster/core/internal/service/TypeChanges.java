package dev.roster.core.internal.service;

import dev.roster.core.audit.AuditActions;
import dev.roster.core.error.NotFoundException;
import dev.roster.core.error.PermissionDeniedException;
import dev.roster.core.error.ValidationException;
import dev.roster.core.error.ValidationException.Violation;
import dev.roster.core.internal.Acting;
import dev.roster.core.internal.AdminOperations;
import dev.roster.core.internal.Guards;
import dev.roster.core.internal.RosterContext;
import dev.roster.core.internal.UserRules;
import dev.roster.core.internal.UserTransitions;
import dev.roster.core.internal.UserWriter;
import dev.roster.core.policy.Operation;
import dev.roster.core.user.ChangeTypeCommand;
import dev.roster.core.user.TypeChange;
import dev.roster.spi.access.LockoutState;
import dev.roster.spi.access.SignInStore;
import dev.roster.spi.error.StaleVersionException;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.Profile;
import dev.roster.spi.model.RegistrationSource;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.StoreTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A type change as one unit: the old user hands over its address, username and external ID, the
 * new user of the new type takes them, then the old one is suspended. In that order the unique keys
 * are free when the new user is written, and the last-admin guard sees the new user before the old
 * one stops counting.
 */
final class TypeChanges {
    private final RosterContext ctx;
    private final AdminOperations ops;
    private final Guards guards;
    private final UserRules rules;
    private final UserWriter writer;

    TypeChanges(RosterContext ctx, AdminOperations ops, Guards guards, UserRules rules, UserWriter writer) {
        this.ctx = ctx;
        this.ops = ops;
        this.guards = guards;
        this.rules = rules;
        this.writer = writer;
    }

    /** An admin's lock on the person holds for its new user too; lockouts for password guesses stay with the old password. */
    private static void carryAnAdminsLock(StoreTransaction tx, User old, User replacement) {
        tx.port(SignInStore.CAPABILITY).ifPresent(signIns -> {
            LockoutState lock = signIns.lockout(old.tenantId(), old.id());
            if (lock.lockedForGood()) {
                signIns.updateLockout(replacement.tenantId(), replacement.id(), ignored -> lock);
            }
        });
    }

    /** The profile without the keys unique per tenant, which move to the replacement. */
    private static Profile withoutKeys(Profile p) {
        return new Profile(p.firstName(), p.lastName(), p.displayName(), null, p.phone(), p.timezone(), null, p.dateOfBirth());
    }

    TypeChange change(ChangeTypeCommand command, StoreTransaction tx, Acting acting, Instant now) {
        Permission suspend = ctx.policy().permissionFor(Operation.SUSPEND);
        if (!acting.isSystem() && !acting.holds(suspend)) {
            throw new PermissionDeniedException("changing a user's type suspends it, which needs '" + suspend + "'");
        }
        UserId id = command.userId();
        User old = tx.users().find(acting.tenant().id(), id).orElseThrow(() -> new NotFoundException("user", id));
        if (acting.isSelf(id)) {
            throw new PermissionDeniedException("users cannot change their own type");
        }
        if (old.version() != command.expectedVersion()) {
            throw new StaleVersionException("user", id, command.expectedVersion());
        }
        UserTransitions.require(old, UserTransitions.Action.CHANGE_TYPE);
        Set<RoleId> roles = command.roles() == null ? old.roles() : rules.rolesOrDefault(command.roles());
        List<Violation> violations = new ArrayList<>();
        rules.checkUserType("userType", command.userType(), violations);
        if (command.userType().equals(old.userType())) {
            violations.add(new Violation("userType", "the user already has type '" + old.userType() + "'"));
        }
        rules.checkRoles("roles", roles, violations);
        rules.checkOverrides("roles", roles, old.overrides(), violations);
        UserRules.throwIfAny(violations);

        UserId newId = UserId.of(ctx.ids().next());
        RegistrationSource source = old.registration();
        // The referral code the person has shared moves with it: sign-ups through it credit the new user.
        User released = writer.update(tx, acting, old, new User(old.id(), old.tenantId(), old.email().releasedTo(newId),
                withoutKeys(old.profile()), old.userType(), old.roles(), old.overrides(), old.groups(), old.status(), old.admin(),
                new RegistrationSource(source.referrerUrl(), source.promoCode(), null, source.referredBy()), old.attributes(),
                old.createdAt(), old.updatedAt(), old.lastLoginAt(), old.deletion(), old.version()), now);
        // A suspended person stays suspended: the new user takes the old one's status, as it takes the rest.
        UserStatus status = old.status();
        int oldSeat = guards.takesSeat(old.status(), old.userType()) ? 1 : 0;
        int oldSeatAfter = guards.takesSeat(UserStatus.SUSPENDED, old.userType()) ? 1 : 0;
        int newSeat = guards.takesSeat(status, command.userType()) ? 1 : 0;
        guards.seatsAvailable(tx, acting.tenant(), now, newSeat + oldSeatAfter - oldSeat);
        User replacement = writer.insert(tx, acting, new User(newId, old.tenantId(), old.email(), old.profile(), command.userType(), roles,
                old.overrides(), old.groups(), status, false, source, old.attributes(), now, now, null, null, 0));
        carryAnAdminsLock(tx, old, replacement);
        User replaced = released.status() == UserStatus.SUSPENDED ? released
                : writer.update(tx, acting, released, released.toBuilder().status(UserStatus.SUSPENDED).build(), now);

        Map<String, String> details = new LinkedHashMap<>();
        details.put("replacedBy", replacement.id().toString());
        details.put("fromType", old.userType());
        details.put("toType", replacement.userType());
        details.put("roles", roles.toString());
        ops.record(tx, acting, AuditActions.USER_TYPE_CHANGED, AuditActions.TARGET_USER, old.id(), details);
        ctx.coherence().userChanged(tx, acting.tenant().id(), old.id());
        return new TypeChange(replacement, replaced);
    }
}
