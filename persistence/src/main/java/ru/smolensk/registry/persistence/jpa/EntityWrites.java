package ru.smolensk.registry.persistence.jpa;

import java.sql.Connection;
import java.sql.SQLException;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The default entity listener of the persistence unit ({@code META-INF/orm.xml}): a transaction that inserts, updates
 * or deletes any entity raises the shared data version ({@link SharedDataVersion}) once, in itself, just before it
 * commits (after the provider's last flush). The new version and the written data become visible together to every
 * server over the database, so a reader that brackets its reading with two reads of the version knows whether it
 * read the stored data of one version. The only bulk statement of the application (the journal's purge of old
 * message bodies) changes nothing that is cached.
 */
public class EntityWrites {

    private static final Object RAISING = EntityWrites.class.getName() + ".raising";
    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";
    private static final String DATA_SOURCE = "jdbc/registry";
    /** The server's registry and data source, looked up once (each is one object for the whole server). */
    private static volatile TransactionSynchronizationRegistry registry;
    private static volatile DataSource dataSource;

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        TransactionSynchronizationRegistry transactions = transactions();
        if (transactions == null || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION
                || transactions.getResource(RAISING) != null) {
            return;
        }
        transactions.putResource(RAISING, Boolean.TRUE);
        try {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    raiseVersion();
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
        } catch (IllegalStateException completing) {
            // this write is the transaction's last flush, already in its completion: raise now, still inside it
            raiseVersion();
        }
    }

    /** Raises the version in the current transaction; a failure fails the transaction, so no write goes unseen. */
    private static void raiseVersion() {
        DataSource registryData = registryData();
        if (registryData == null) {
            throw new IllegalStateException("data source " + DATA_SOURCE + " not found: the data version not raised");
        }
        try (Connection connection = registryData.getConnection()) {
            DataVersionRow.raise(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The data version cannot be raised", e);
        }
    }

    private static TransactionSynchronizationRegistry transactions() {
        if (registry == null) {
            registry = lookup(REGISTRY);
        }
        return registry;
    }

    private static DataSource registryData() {
        if (dataSource == null) {
            dataSource = lookup(DATA_SOURCE);
        }
        return dataSource;
    }

    /** A server resource; none outside a Jakarta EE server (repository tests run without JTA). */
    @SuppressWarnings("unchecked")
    private static <T> T lookup(String name) {
        try {
            return (T) InitialContext.doLookup(name);
        } catch (NamingException | RuntimeException e) {
            return null;
        }
    }
}
