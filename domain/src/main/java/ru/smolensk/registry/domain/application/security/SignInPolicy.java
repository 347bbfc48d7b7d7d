package ru.smolensk.registry.domain.application.security;

import java.time.Duration;

/**
 * How failed sign-ins are throttled.
 *
 * @param delayAfter failures of one account after which each further attempt must wait (1 s, 2 s, 4 s … after the
 *            last failure)
 * @param maxAccountFailures failures of one account that lock it for {@code lock}
 * @param maxAddressFailures failures from one client address (any accounts) that lock the address for {@code lock}
 * @param lock how long a lock lasts; failures older than this after the last one are forgotten
 */
public record SignInPolicy(int delayAfter, int maxAccountFailures, int maxAddressFailures, Duration lock) {

    public SignInPolicy {
        if (delayAfter < 1 || maxAccountFailures < 1 || maxAddressFailures < 1 || lock.isNegative()
                || lock.isZero()) {
            throw new IllegalArgumentException("Sign-in throttling needs positive limits and lock time");
        }
    }

    /** The defaults: delays after 3 failures, an account locked after 5, an address after 20, for 15 minutes. */
    public static SignInPolicy defaults() {
        return new SignInPolicy(3, 5, 20, Duration.ofMinutes(15));
    }
}
