package dev.roster.core.maintenance;

import dev.roster.spi.model.TenantId;

/**
 * Follows a long maintenance job (the purge of deleted users, the expiry of invitations) one batch
 * at a time, and can stop it between batches. Each batch is its own unit of work, so a job stopped,
 * or failed, keeps every batch it finished.
 */
public interface JobProgress {
    /** Follows nothing and never stops a job. */
    JobProgress NONE = new JobProgress() {
    };

    /**
     * Called after each batch has committed.
     *
     * @param tenant the tenant the batch was in
     * @param handled how many records it handled
     */
    default void batchDone(TenantId tenant, int handled) {
    }

    /**
     * Called when a job over every tenant failed for one tenant; the job goes on with the next and
     * ends with a {@link JobIncompleteException} naming every tenant that failed.
     *
     * @param tenant the tenant
     * @param failure what went wrong; the tenant's finished batches are kept
     */
    default void tenantFailed(TenantId tenant, RuntimeException failure) {
    }

    /**
     * Asked before each batch.
     *
     * @return true to end the job there
     */
    default boolean stopRequested() {
        return false;
    }
}
