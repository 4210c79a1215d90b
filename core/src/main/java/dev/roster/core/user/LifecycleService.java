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
    /** Suspended users keep everything but cannot sign in and hold no permission. */
    User suspend(Actor actor, UserId id);

    User reactivate(Actor actor, UserId id);

    /**
     * Under a SOFT policy the user moves to "recently deleted" with its roles remembered, restorable
     * until the retention window ends; under a HARD policy it is removed at once, with its personal
     * data everywhere else (see {@link #deletePermanently}). Access ends now.
     */
    User delete(Actor actor, UserId id);

    /** Brings a recently deleted user back with the status and roles it had, while its window is open. */
    User restore(Actor actor, UserId id);

    /**
     * Removes a recently deleted user for good; it cannot be restored afterwards. Its personal data
     * goes with it, in the same unit of work: audit entries about it keep ids, actions and times but
     * lose names, addresses and changed values; invitations sent to it are pseudonymised. The audit
     * entry of the removal says what was erased.
     */
    User deletePermanently(Actor actor, UserId id);

    /**
     * Removes, in units of at most {@code batchSize} users, every deleted user of the tenant whose
     * window has ended, with its personal data (as {@link #deletePermanently} does). A maintenance
     * job, run as the system for the tenant. Idempotent: running it again finds nothing more to do.
     *
     * @return how many users were removed
     */
    default int purgeExpired(TenantId tenant, int batchSize) {
        return purgeExpired(tenant, batchSize, JobProgress.NONE);
    }

    /** {@link #purgeExpired(TenantId, int)}, reporting each batch to {@code progress}, which may stop it between batches. */
    int purgeExpired(TenantId tenant, int batchSize, JobProgress progress);

    /** {@link #purgeExpired(TenantId, int)} for every tenant, for a host's nightly job. */
    default int purgeExpiredEverywhere(int batchSize) {
        return purgeExpiredEverywhere(batchSize, JobProgress.NONE);
    }

    /** {@link #purgeExpiredEverywhere(int)}, reporting each batch to {@code progress}, which may stop it between batches. */
    int purgeExpiredEverywhere(int batchSize, JobProgress progress);
}
