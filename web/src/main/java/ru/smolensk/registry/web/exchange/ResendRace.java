package ru.smolensk.registry.web.exchange;

import java.util.function.Supplier;

import ru.smolensk.registry.web.health.OptimisticConflict;

/**
 * An administrator's resend may meet the outbox worker taking the same message at the same moment (its attempt
 * updates the row): the resend that commits second fails in the optimistic check. That is no conflict between two
 * people, so the resend is made once more on the message as the worker left it (which may then say it was delivered).
 */
public final class ResendRace {

    private ResendRace() {
    }

    /** Runs the resend; once more if it lost an optimistic race, never more. */
    public static <T> T resendOnce(Supplier<T> resend) {
        try {
            return resend.get();
        } catch (RuntimeException e) {
            if (!OptimisticConflict.isCause(e)) {
                throw e;
            }
            return resend.get();
        }
    }
}
