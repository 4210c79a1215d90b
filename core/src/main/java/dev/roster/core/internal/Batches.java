package dev.roster.core.internal;

import dev.roster.core.error.ValidationException;
import dev.roster.core.maintenance.JobProgress;
import dev.roster.spi.model.TenantId;
import java.util.function.IntSupplier;

/** Runs a maintenance job in batches of one unit of work each, until a batch comes back short or the host stops it. */
public final class Batches {
    private Batches() {
    }

    /**
     * Runs {@code batch} (which handles at most {@code batchSize} records and says how many) until it
     * handles fewer, reporting each to {@code progress}; returns how many were handled in all.
     */
    public static int run(TenantId tenant, int batchSize, JobProgress progress, IntSupplier batch) {
        if (batchSize < 1) {
            throw ValidationException.of("batchSize", "must be at least 1, got " + batchSize);
        }
        int total = 0;
        while (!progress.stopRequested()) {
            int handled = batch.getAsInt();
            total += handled;
            progress.batchDone(tenant, handled);
            if (handled < batchSize) {
                break;
            }
        }
        return total;
    }
}
