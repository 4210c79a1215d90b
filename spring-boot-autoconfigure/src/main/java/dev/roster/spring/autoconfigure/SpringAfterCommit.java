package dev.roster.spring.autoconfigure;

import java.util.concurrent.Executor;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a task after the Spring transaction open on this thread commits, or at once outside one: Roster
 * wakes its outbox worker this way, so mail queued inside a {@code @Transactional} method goes out as
 * soon as the method's transaction commits, and never for one that rolled back.
 */
final class SpringAfterCommit implements Executor {
    private final JoinedTransaction store;

    /** @param store Roster's JDBC store's connections, which know whether they joined; null for a store of the application's */
    SpringAfterCommit(JoinedTransaction store) {
        this.store = store;
    }

    @Override
    public void execute(Runnable task) {
        // Roster's own unit on another DataSource than the transaction's has committed already: nothing to wait for.
        if (!TransactionSynchronizationManager.isSynchronizationActive() || store != null && !store.joinsTransaction()) {
            task.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                task.run();
            }
        });
    }
}
