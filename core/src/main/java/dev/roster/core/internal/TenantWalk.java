package dev.roster.core.internal;

import dev.roster.core.maintenance.JobIncompleteException;
import dev.roster.core.maintenance.JobProgress;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.store.RosterStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** Visits every tenant, a page at a time, for maintenance jobs that run per tenant. */
public final class TenantWalk {
    private static final int PAGE = 500;

    private TenantWalk() {
    }

    /**
     * Runs {@code job} for each tenant in id order until {@code progress} asks to stop, and returns
     * the sum of what it returned. A tenant whose job fails is told to {@code progress} and skipped;
     * once every other tenant is done, a {@link JobIncompleteException} names those that failed.
     */
    public static int forEachTenant(RosterStore store, JobProgress progress, ToIntFunction<TenantId> job) {
        int total = 0;
        Map<TenantId, RuntimeException> failures = new LinkedHashMap<>();
        TenantId after = null;
        walk:
        while (true) {
            TenantId from = after;
            List<TenantId> page = store.read(tx -> tx.tenants().list(from, PAGE));
            for (TenantId tenant : page) {
                if (progress.stopRequested()) {
                    break walk;
                }
                try {
                    total += job.applyAsInt(tenant);
                } catch (RuntimeException e) {
                    failures.put(tenant, e);
                    progress.tenantFailed(tenant, e);
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1);
        }
        if (!failures.isEmpty()) {
            throw new JobIncompleteException(failures, total);
        }
        return total;
    }
}
