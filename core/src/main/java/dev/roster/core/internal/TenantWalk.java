package dev.roster.core.internal;

import dev.roster.core.maintenance.JobProgress;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.store.RosterStore;
import java.util.List;
import java.util.function.ToIntFunction;

/** Visits every tenant, a page at a time, for maintenance jobs that run per tenant. */
public final class TenantWalk {
    private static final int PAGE = 500;

    private TenantWalk() {
    }

    /** Runs {@code job} for each tenant in id order until {@code progress} asks to stop; returns the sum of what it returned. */
    public static int forEachTenant(RosterStore store, JobProgress progress, ToIntFunction<TenantId> job) {
        int total = 0;
        TenantId after = null;
        while (true) {
            TenantId from = after;
            List<TenantId> page = store.read(tx -> tx.tenants().list(from, PAGE));
            for (TenantId tenant : page) {
                if (progress.stopRequested()) {
                    return total;
                }
                total += job.applyAsInt(tenant);
            }
            if (page.size() < PAGE) {
                return total;
            }
            after = page.get(page.size() - 1);
        }
    }
}
