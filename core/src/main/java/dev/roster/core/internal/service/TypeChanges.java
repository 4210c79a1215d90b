package dev.roster.core.internal.service;

import dev.roster.core.audit.AuditActions;
import dev.roster.core.error.ConflictException;
import dev.roster.core.error.NotFoundException;
import dev.roster.core.error.PermissionDeniedException;
import dev.roster.core.error.ValidationException;
import dev.roster.core.error.ValidationException.Violation;
import dev.roster.core.internal.Acting;
import dev.roster.core.internal.AdminOperations;
import dev.roster.core.internal.Guards;
import dev.roster.core.internal.RosterContext;
import dev.roster.core.internal.UserRules;
import dev.roster.core.internal.UserWriter;
import dev.roster.core.policy.Operation;
import dev.roster.core.user.ChangeTypeCommand;
import dev.roster.core.user.TypeChange;
import dev.roster.spi.error.ErrorCode;
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
        if (old.status() == UserStatus.DELETED || old.email().isReleased()) {
            throw new ConflictException(ErrorCode.INVALID_TRANSITION, "user " + id + " is " + (old.email().isReleased()
                    ? "already replaced" : "deleted") + "; only a member's type can change");
        }
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
        User released = writer.update(tx, acting, old, old.toBuilder().email(old.email().releasedTo(newId))
                .profile(withoutKeys(old.profile())).build(), now);
        int oldSeat = guards.takesSeat(old.status(), old.userType()) ? 1 : 0;
        int oldSeatAfter = guards.takesSeat(UserStatus.SUSPENDED, old.userType()) ? 1 : 0;
        int newSeat = guards.takesSeat(UserStatus.ACTIVE, command.userType()) ? 1 : 0;
        guards.seatsAvailable(tx, acting.tenant(), now, newSeat + oldSeatAfter - oldSeat);
        RegistrationSource source = old.registration();
        User replacement = writer.insert(tx, acting, new User(newId, old.tenantId(), old.email(), old.profile(), command.userType(), roles,
                old.overrides(), old.groups(), UserStatus.ACTIVE, false,
                new RegistrationSource(source.referrerUrl(), source.promoCode(), ctx.tokens().referralCode(), source.referredBy()),
                old.attributes(), now, now, null, null, 0));
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
