package ru.smolensk.registry.persistence.jpa;

import java.util.concurrent.atomic.AtomicLong;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The default entity listener of the persistence unit ({@code META-INF/orm.xml}): counts every insert, update and
 * delete of any entity as it is flushed, and once more when its transaction has ended, so that a reader that read
 * between the flush and the commit sees the count change again. The only bulk statement of the application (the
 * journal's purge of old message bodies) changes nothing that is cached.
 */
public class EntityWrites {

    private static final AtomicLong WRITES = new AtomicLong();
    private static final Object AFTER_COMPLETION = EntityWrites.class.getName() + ".afterCompletion";
    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";
    /** The server's registry, looked up once (it is one object for the whole server). */
    private static volatile TransactionSynchronizationRegistry registry;

    /** The number of writes so far in this server. */
    static long count() {
        return WRITES.get();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        WRITES.incrementAndGet();
        TransactionSynchronizationRegistry transactions = transactions();
        if (transactions == null || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION
                || transactions.getResource(AFTER_COMPLETION) != null) {
            return;
        }
        try {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    WRITES.incrementAndGet();
                }
            });
            transactions.putResource(AFTER_COMPLETION, Boolean.TRUE);
        } catch (IllegalStateException tooLate) {
            // the transaction is already completing: the count above is all this write can give, never a failure
        }
    }

    /** The server's transactions; none outside a Jakarta EE server (repository tests run without JTA). */
    private static TransactionSynchronizationRegistry transactions() {
        TransactionSynchronizationRegistry found = registry;
        if (found == null) {
            try {
                found = InitialContext.doLookup(REGISTRY);
                registry = found;
            } catch (NamingException | RuntimeException e) {
                return null;
            }
        }
        return found;
    }
}
