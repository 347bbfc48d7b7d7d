package ru.smolensk.registry.persistence.jpa;

import java.lang.reflect.InvocationTargetException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.smolensk.registry.persistence.migration.MigrationOnStartup;

/**
 * Turns off EclipseLink's retry of a read that failed for a lost connection (by default three more attempts, five
 * seconds apart, for a read outside a transaction). The server's pool already checks each connection before handing it
 * out and drops the whole pool when one is broken (db/postgresql.xml), so a retry never helps: while the database is
 * away it only keeps the request, and a thread, waiting 15 s for the same 503 (seen in DatabaseFaultIT). EclipseLink has
 * no persistence property for it, and its session customizer would need the application to see all of Liberty's
 * third-party packages; so the one setting is made on the session's login through its public methods, by name.
 */
@ApplicationScoped
public class QueryRetryOff {

    private static final Logger LOG = Logger.getLogger(QueryRetryOff.class.getName());

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    void apply(@Observes @Priority(MigrationOnStartup.PRIORITY + 10) Startup startup) {
        try {
            int attempts = disable(em.getDelegate());
            LOG.info(() -> "EclipseLink's retry of a failed read: " + attempts + " attempts now");
        } catch (ReflectiveOperationException | RuntimeException e) {
            // the default (slower 503 answers while the database is away) is no reason to stop the start
            LOG.log(Level.WARNING, "EclipseLink's retry of a failed read could not be turned off", e);
        }
    }

    /**
     * Sets the retry count of the session's login behind an EclipseLink entity manager to none; returns the count as
     * the login reads it afterwards.
     */
    static int disable(Object eclipseLinkEntityManager) throws ReflectiveOperationException {
        Object session = call(eclipseLinkEntityManager, "getServerSession");
        Object login = call(session, "getLogin");
        login.getClass().getMethod("setQueryRetryAttemptCount", int.class).invoke(login, 0);
        return ((Number) call(login, "getQueryRetryAttemptCount")).intValue();
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }
}
