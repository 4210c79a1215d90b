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
    @Override
    public void execute(Runnable task) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
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
