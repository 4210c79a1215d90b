package dev.roster.core.user;

import dev.roster.core.access.Actor;
import dev.roster.core.maintenance.JobProgress;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;

/**
 * Suspend and reactivate; delete (soft into "recently deleted", or hard, by policy); restore with
 * the previous status and roles; permanent delete; and the purge of users past their window.
 */
public interface LifecycleService {
    /**
     * Suspends an active user: it keeps everything but holds no permission and cannot sign in.
     * Requires {@link dev.roster.core.policy.Operation#SUSPEND}; never the last active admin.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param id the user
     * @return the user, SUSPENDED
     * @throws dev.roster.core.error.ConflictException INVALID_TRANSITION, LAST_ADMIN, or POLICY_FORBIDS for oneself
     */
    User suspend(Actor actor, UserId id);

    /**
     * Reactivates a suspended user, within the seat limit. Requires {@link dev.roster.core.policy.Operation#SUSPEND}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param id the user
     * @return the user, ACTIVE
     * @throws dev.roster.core.error.ConflictException INVALID_TRANSITION or SEAT_LIMIT_EXCEEDED
     */
    User reactivate(Actor actor, UserId id);

    /**
     * Under a SOFT policy the user moves to "recently deleted" with its roles remembered, restorable
     * until the retention window ends; under a HARD policy it is removed at once, with its personal
     * data everywhere else (see {@link #deletePermanently}). Access ends now. Requires
     * {@link dev.roster.core.policy.Operation#DELETE}; never the last active admin.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param id the user
     * @return the user, DELETED (or as it was, when removed)
     * @throws dev.roster.core.error.ConflictException INVALID_TRANSITION, LAST_ADMIN, or POLICY_FORBIDS for oneself
     */
    User delete(Actor actor, UserId id);

    /**
     * Deletes as {@link #delete(Actor, UserId)} does and hands what the user owned to {@code newOwner}:
     * the host's hook hears of it ({@link dev.roster.spi.hooks.LifecycleHooks#onDeleted(User, boolean, User)})
     * in the same unit of work, and the audit entry records the new owner.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param id the user
     * @param newOwner an active member of the same tenant, not the user itself
     * @return the user, DELETED (or as it was, when removed)
     * @throws dev.roster.core.error.ValidationException {@code newOwner} when it is no active member of the tenant, or the user itself
     */
    User delete(Actor actor, UserId id, UserId newOwner);

    /**
     * Brings a recently deleted user back with the status and roles it had, while its window is
     * open and within the seat limit. Requires {@link dev.roster.core.policy.Operation#RESTORE}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param id the user
     * @return the user as restored
     * @throws dev.roster.core.error.ConflictException RETENTION_EXPIRED, RESTORE_CONFLICT when its email or username
     *     was taken meanwhile, SEAT_LIMIT_EXCEEDED, or INVALID_TRANSITION
     */
    User restore(Actor actor, UserId id);

    /**
     * Removes a recently deleted user for good; it cannot be restored afterwards. Its personal data
     * goes with it, in the same unit of work: audit entries about it keep ids, actions and times but
     * lose names, addresses and changed values; invitations sent to it are pseudonymised. The audit
     * entry of the removal says what was erased. Requires {@link dev.roster.core.policy.Operation#PURGE}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param id the user
     * @return the user as it was
     * @throws dev.roster.core.error.ConflictException INVALID_TRANSITION unless it is deleted
     */
    User deletePermanently(Actor actor, UserId id);

    /**
     * Removes a recently deleted user for good as {@link #deletePermanently(Actor, UserId)} does and
     * hands what it owned to {@code newOwner}
     * ({@link dev.roster.spi.hooks.LifecycleHooks#onPurged(User, User)}); the audit entry records the new owner.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param id the user
     * @param newOwner an active member of the same tenant, not the user itself
     * @return the user as it was
     * @throws dev.roster.core.error.ValidationException {@code newOwner} when it is no active member of the tenant, or the user itself
     */
    User deletePermanently(Actor actor, UserId id, UserId newOwner);

    /**
     * Removes, in units of at most {@code batchSize} users, every deleted user of the tenant whose
     * window has ended, with its personal data (as {@link #deletePermanently} does). A maintenance
     * job, run as the system for the tenant. Idempotent: running it again finds nothing more to do.
     *
     * @param tenant the tenant
     * @param batchSize how many users one unit of work handles
     * @return how many users were removed
     */
    default int purgeExpired(TenantId tenant, int batchSize) {
        return purgeExpired(tenant, batchSize, JobProgress.NONE);
    }

    /**
     * {@link #purgeExpired(TenantId, int)}, reporting each batch to {@code progress}, which may stop it between batches.
     *
     * @param tenant the tenant
     * @param batchSize how many users one unit of work handles
     * @param progress hears of each batch and may stop the job
     * @return how many users were removed
     */
    int purgeExpired(TenantId tenant, int batchSize, JobProgress progress);

    /**
     * {@link #purgeExpired(TenantId, int)} for every tenant, for a host's nightly job.
     *
     * @param batchSize how many users one unit of work handles
     * @return how many users were removed
     * @throws dev.roster.core.maintenance.JobIncompleteException when it failed for some tenants (after finishing the others)
     */
    default int purgeExpiredEverywhere(int batchSize) {
        return purgeExpiredEverywhere(batchSize, JobProgress.NONE);
    }

    /**
     * {@link #purgeExpiredEverywhere(int)}, reporting each batch to {@code progress}, which may stop it between batches.
     *
     * @param batchSize how many users one unit of work handles
     * @param progress hears of each batch and may stop the job
     * @return how many users were removed
     * @throws dev.roster.core.maintenance.JobIncompleteException when it failed for some tenants (after finishing the others)
     */
    int purgeExpiredEverywhere(int batchSize, JobProgress progress);
}
