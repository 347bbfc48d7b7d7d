package ru.smolensk.registry.web.health;

import jakarta.persistence.OptimisticLockException;

/**
 * Tells a failure because the same row was changed at the same moment by another transaction (the optimistic check
 * of the version) from other failures, as {@link DatabaseOutage} tells a database out of reach: the REST API answers
 * it as a stale version, an administrator's resend is made once more.
 */
public final class OptimisticConflict {

    private OptimisticConflict() {
    }

    /** Whether this failure, or any of its causes, is an optimistic conflict. */
    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // JPA's exception, or EclipseLink's own when it fails at a flush inside a method
            if (cause instanceof OptimisticLockException
                    || cause.getClass().getName()
                            .equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}
