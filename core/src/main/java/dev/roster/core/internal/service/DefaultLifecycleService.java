package dev.roster.core.internal.service;

import dev.roster.core.access.Actor;
import dev.roster.core.audit.AuditActions;
import dev.roster.core.error.ConflictException;
import dev.roster.core.error.ValidationException;
import dev.roster.core.internal.Acting;
import dev.roster.core.internal.AdminOperations.UserChange;
import dev.roster.core.internal.AdminOperations.UserStep;
import dev.roster.core.internal.AdminOperations;
import dev.roster.core.internal.Authorizer;
import dev.roster.core.internal.Batches;
import dev.roster.core.internal.Erasure;
import dev.roster.core.internal.Guards;
import dev.roster.core.internal.RosterContext;
import dev.roster.core.internal.Superseded;
import dev.roster.core.internal.TenantWalk;
import dev.roster.core.internal.UserRules;
import dev.roster.core.internal.UserDiff;
import dev.roster.core.internal.UserTransitions;
import dev.roster.core.internal.UserWriter;
import dev.roster.core.maintenance.JobProgress;
import dev.roster.core.policy.DeletionMode;
import dev.roster.core.policy.Operation;
import dev.roster.core.user.LifecycleService;
import dev.roster.spi.error.DuplicateKeyException;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.Deletion;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.StoreTransaction;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The engine behind {@link LifecycleService}. */
public final class DefaultLifecycleService implements LifecycleService {
    private final RosterContext ctx;
    private final Authorizer authorizer;
    private final AdminOperations ops;
    private final Guards guards;
    private final UserRules rules;
    private final UserWriter writer;
    private final Erasure erasure = new Erasure();

    public DefaultLifecycleService(RosterContext ctx, Authorizer authorizer, Guards guards, UserRules rules, UserWriter writer) {
        this.ctx = ctx;
        this.authorizer = authorizer;
        this.ops = new AdminOperations(ctx, authorizer);
        this.guards = guards;
        this.rules = rules;
        this.writer = writer;
    }

    /** Suspended users keep everything but cannot sign in and hold no permission. */
    @Override
    public User suspend(Actor actor, UserId id) {
        return transition(actor, Operation.SUSPEND, id, AuditActions.USER_SUSPENDED, (tx, acting, user, now) -> {
            if (acting.isSelf(id) && !ctx.policy().allowSelfSuspend()) {
                throw new ConflictException(ErrorCode.POLICY_FORBIDS, "the policy does not let users suspend themselves");
            }
            UserTransitions.require(user, UserTransitions.Action.SUSPEND);
            return UserChange.diff(user, writer.update(tx, acting, user, user.toBuilder().status(UserStatus.SUSPENDED).build(), now));
        });
    }

    @Override
    public User reactivate(Actor actor, UserId id) {
        return transition(actor, Operation.SUSPEND, id, AuditActions.USER_REACTIVATED, (tx, acting, user, now) -> {
            UserTransitions.require(user, UserTransitions.Action.REACTIVATE);
            requireSeatFor(tx, acting, user, UserStatus.ACTIVE, now);
            return UserChange.diff(user, writer.update(tx, acting, user, user.toBuilder().status(UserStatus.ACTIVE).build(), now));
        });
    }

    /**
     * Under a SOFT policy the user moves to "recently deleted" with its roles remembered, restorable
     * until the retention window ends; under a HARD policy it is removed at once, with its personal
     * data everywhere else (see {@link #deletePermanently}). Access ends now.
     */
    @Override
    public User delete(Actor actor, UserId id) {
        return delete(actor, id, null);
    }

    @Override
    public User delete(Actor actor, UserId id, UserId newOwner) {
        return transition(actor, Operation.DELETE, id, AuditActions.USER_DELETED, (tx, acting, user, now) -> {
            if (acting.isSelf(id) && !ctx.policy().allowSelfDelete()) {
                throw new ConflictException(ErrorCode.POLICY_FORBIDS, "the policy does not let users delete themselves");
            }
            UserTransitions.require(user, UserTransitions.Action.DELETE);
            User heir = heir(tx, user, newOwner);
            if (ctx.policy().deletionMode() == DeletionMode.HARD) {
                Map<String, String> erased = removeForGood(tx, acting, user, now);
                deleted(user, true, heir);
                return new UserChange(user, withHeir(erased, heir));
            }
            Deletion deletion = new Deletion(now, acting.actorId(), user.status(), user.roles(), now.plus(ctx.policy().retention()));
            User deleted = writer.update(tx, acting, user,
                    user.toBuilder().status(UserStatus.DELETED).roles(Set.of()).deletion(deletion).build(), now);
            deleted(deleted, false, heir);
            return new UserChange(deleted, withHeir(UserDiff.between(user, deleted), heir));
        });
    }

    /** Who takes over what the user owned: an active, non-public member of its tenant other than itself, or null when none was named. */
    private User heir(StoreTransaction tx, User user, UserId newOwner) {
        if (newOwner == null) {
            return null;
        }
        return tx.users().find(user.tenantId(), newOwner).filter(u -> u.status() == UserStatus.ACTIVE && !u.id().equals(user.id())
                        && !ctx.policy().isPublic(u.userType()) && !u.email().isReleased())
                .orElseThrow(() -> ValidationException.of("newOwner", "must be an active member of the tenant, not a public user, "
                        + "other than the user deleted"));
    }

    /** Tells the host's hooks; the form naming a new owner only when one was named. */
    private void deleted(User user, boolean permanently, User heir) {
        if (heir == null) {
            ctx.hooks().onDeleted(user, permanently);
        } else {
            ctx.hooks().onDeleted(user, permanently, heir);
        }
    }

    private static Map<String, String> withHeir(Map<String, String> details, User heir) {
        if (heir == null) {
            return details;
        }
        Map<String, String> all = new LinkedHashMap<>(details);
        all.put("newOwner", heir.id().toString());
        return all;
    }

    /** Brings a recently deleted user back with the status and roles it had, while its window is open. */
    @Override
    public User restore(Actor actor, UserId id) {
        return transition(actor, Operation.RESTORE, id, AuditActions.USER_RESTORED, (tx, acting, user, now) -> {
            UserTransitions.require(user, UserTransitions.Action.RESTORE);
            Deletion deletion = user.deletion();
            if (!now.isBefore(deletion.purgeAfter())) {
                throw new ConflictException(ErrorCode.RETENTION_EXPIRED, "user " + id + " can no longer be restored: its window ended at "
                        + deletion.purgeAfter());
            }
            User restored = user.toBuilder().status(deletion.priorStatus()).roles(deletion.priorRoles()).deletion(null).build();
            try {
                rules.requireFree(tx, user.tenantId(), user.email(), user.profile(), user.id());
                requireSeatFor(tx, acting, user, deletion.priorStatus(), now);
                restored = writer.update(tx, acting, user, restored, now);
            } catch (DuplicateKeyException taken) {
                throw new ConflictException(ErrorCode.RESTORE_CONFLICT, "cannot restore user " + id + ": " + taken.getMessage());
            }
            Superseded.revokeOpenInvitation(tx, ctx.audit(), acting, restored.email(), now);
            ctx.hooks().onRestored(restored);
            return UserChange.diff(user, restored);
        });
    }

    /**
     * Removes a recently deleted user for good; it cannot be restored afterwards. Its personal data
     * goes with it, in the same unit of work: audit entries about it keep ids, actions and times but
     * lose names, addresses and changed values; invitations sent to it are pseudonymised. The audit
     * entry of the removal says what was erased.
     */
    @Override
    public User deletePermanently(Actor actor, UserId id) {
        return deletePermanently(actor, id, null);
    }

    @Override
    public User deletePermanently(Actor actor, UserId id, UserId newOwner) {
        return transition(actor, Operation.PURGE, id, AuditActions.USER_PURGED, (tx, acting, user, now) -> {
            UserTransitions.require(user, UserTransitions.Action.PURGE);
            User heir = heir(tx, user, newOwner);
            Map<String, String> erased = removeForGood(tx, acting, user, now);
            if (heir == null) {
                ctx.hooks().onPurged(user);
            } else {
                ctx.hooks().onPurged(user, heir);
            }
            return new UserChange(user, withHeir(erased, heir));
        });
    }

    /**
     * Removes, in units of at most {@code batchSize} users, every deleted user of the tenant whose
     * window has ended. Idempotent: running it again finds nothing more to do.
     *
     * @return how many users were removed
     */
    @Override
    public int purgeExpired(TenantId tenant, int batchSize, JobProgress progress) {
        return Batches.run(tenant, batchSize, progress, () -> {
            Instant now = ctx.clock().instant();
            List<User> purged = ctx.store().inTransaction(tx -> {
                Acting system = authorizer.authorize(tx, Actor.system(tenant), Operation.PURGE, true);
                List<User> due = tx.users().findPurgeable(tenant, now, batchSize);
                for (User user : due) {
                    Map<String, String> details = new LinkedHashMap<>(purge(tx, system, user, now));
                    details.put("reason", "retention window ended at " + user.deletion().purgeAfter());
                    ctx.audit().record(tx, tenant, null, AuditActions.USER_PURGED, AuditActions.TARGET_USER, user.id(), details);
                }
                return due;
            });
            purged.forEach(u -> ctx.permissionCache().invalidate(u.id()));
            return purged.size();
        });
    }

    @Override
    public int purgeExpiredEverywhere(int batchSize, JobProgress progress) {
        return TenantWalk.forEachTenant(ctx.store(), progress, tenant -> purgeExpired(tenant, batchSize, progress));
    }

    private Map<String, String> purge(StoreTransaction tx, Acting acting, User user, Instant now) {
        Map<String, String> erased = removeForGood(tx, acting, user, now);
        ctx.hooks().onPurged(user);
        return erased;
    }

    private Map<String, String> removeForGood(StoreTransaction tx, Acting acting, User user, Instant now) {
        writer.remove(tx, acting, user);
        Map<String, String> erased = new LinkedHashMap<>(erasure.erase(tx, user, now));
        int earlier = removeEarlierRecords(tx, acting, user, now);
        if (earlier > 0) {
            erased.put("earlierRecordsRemoved", String.valueOf(earlier));
        }
        return erased;
    }

    /** The person's earlier records, kept when its type changed, hold its name and address too: they go with it. */
    private int removeEarlierRecords(StoreTransaction tx, Acting acting, User user, Instant now) {
        int removed = 0;
        for (User earlier : tx.users().findReplacedBy(user.tenantId(), user.id())) {
            writer.remove(tx, acting, earlier);
            erasure.erase(tx, earlier, now);
            removed += 1 + removeEarlierRecords(tx, acting, earlier, now);
        }
        return removed;
    }

    private void requireSeatFor(StoreTransaction tx, Acting acting, User user, UserStatus next, Instant now) {
        int before = guards.takesSeat(user.status(), user.userType()) ? 1 : 0;
        int after = guards.takesSeat(next, user.userType()) ? 1 : 0;
        guards.seatsAvailable(tx, acting.tenant(), now, after - before);
    }

    private User transition(Actor actor, Operation operation, UserId id, String action, UserStep step) {
        return ops.onUser(actor, operation, id, action, step);
    }
}
