package dev.roster.core.internal;

import dev.roster.core.access.Actor;
import dev.roster.core.audit.AuditActions;
import dev.roster.core.error.NotFoundException;
import dev.roster.core.policy.Operation;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.StoreTransaction;
import java.time.Instant;
import java.util.Map;

/**
 * The shape every admin operation shares, written once: authorise the actor at the start of one
 * unit of work, load what it acts on, apply the change, write the audit entry in the same unit, and
 * after the commit drop the cached permissions the change may have moved.
 */
public final class AdminOperations {
    private final RosterContext ctx;
    private final Authorizer authorizer;

    public AdminOperations(RosterContext ctx, Authorizer authorizer) {
        this.ctx = ctx;
        this.authorizer = authorizer;
    }

    /** Work done by an authorised actor inside one unit of work. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(StoreTransaction tx, Acting acting, Instant now);
    }

    /** A change to one user: the stored user before it, and what it makes of it with what its audit entry says. */
    @FunctionalInterface
    public interface UserStep {
        UserChange apply(StoreTransaction tx, Acting acting, User user, Instant now);
    }

    /** The user a step leaves, and the details of its audit entry. */
    public record UserChange(User user, Map<String, String> details) {
        /** A change whose audit entry lists each changed field. */
        public static UserChange diff(User before, User after) {
            return new UserChange(after, UserDiff.between(before, after));
        }
    }

    /** Runs {@code work} in one unit of work after authorising the actor (holding the tenant lock when asked). */
    public <T> T run(Actor actor, Operation operation, boolean lockTenant, Work<T> work) {
        return run(actor, operation, lockTenant, false, work);
    }

    private <T> T run(Actor actor, Operation operation, boolean lockTenant, boolean selfService, Work<T> work) {
        Instant now = ctx.clock().instant();
        return ctx.store().inTransaction(tx -> work.apply(tx, authorizer.authorize(tx, actor, operation, lockTenant, selfService), now));
    }

    /** As {@link #run}, then forgets every cached permission set of the tenant (defaults and groups change them all). */
    public <T> T runOnTenant(Actor actor, Operation operation, boolean lockTenant, Work<T> work) {
        T result = run(actor, operation, lockTenant, (tx, acting, now) -> {
            T done = work.apply(tx, acting, now);
            ctx.coherence().tenantChanged(tx, actor.tenant());
            return done;
        });
        ctx.permissionCache().invalidateTenant(actor.tenant());
        return result;
    }

    /**
     * Applies {@code step} to one user of the actor's tenant under the tenant lock (NOT_FOUND when the
     * tenant has no such user), records {@code action} on it, and forgets its cached permissions.
     */
    public User onUser(Actor actor, Operation operation, UserId id, String action, UserStep step) {
        boolean selfService = actor.userId().filter(id::equals).isPresent() && ctx.policy().allowsSelfService(operation);
        User after = run(actor, operation, true, selfService, (tx, acting, now) -> {
            User before = tx.users().find(actor.tenant(), id).orElseThrow(() -> new NotFoundException("user", id));
            UserChange change = step.apply(tx, acting, before, now);
            record(tx, acting, action, AuditActions.TARGET_USER, id, change.details());
            ctx.coherence().userChanged(tx, actor.tenant(), id);
            return change.user();
        });
        ctx.permissionCache().invalidate(id);
        return after;
    }

    /** Records an audit entry by the acting actor in its tenant. */
    public void record(StoreTransaction tx, Acting acting, String action, String targetType, Object targetId, Map<String, String> details) {
        TenantId tenant = acting.tenant().id();
        ctx.audit().record(tx, tenant, acting.actorId(), action, targetType, targetId, details);
    }
}
