package org.tradedesk.clearance;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What clearance does once its transaction has committed (T4 code read R4: the declaration's mail; t4fixX 2: the client
 * query's mail too): the action runs after the commit, never for a transaction that rolls back, and not while the file's
 * row and the connection are held for an SMTP call. An exception the action throws reaches the caller of the committing
 * method (the commit itself stands).
 */
final class AfterCommit {

    private AfterCommit() {
    }

    /** Runs {@code action} once the current transaction has committed; at once when there is none. */
    static void run(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    /** Runs in a transaction of its own: after a commit, the committed transaction takes no more writes. */
    static void inNewTransaction(PlatformTransactionManager transactionManager, Runnable action) {
        if (transactionManager == null) {
            action.run();
            return;
        }
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        template.executeWithoutResult(status -> action.run());
    }
}
