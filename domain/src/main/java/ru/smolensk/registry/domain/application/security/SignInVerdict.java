package ru.smolensk.registry.domain.application.security;

import java.time.Duration;

/**
 * Whether a sign-in attempt may be checked now.
 *
 * @param allowed the password may be checked
 * @param retryAfter when refused, how long until the next attempt is accepted (at least a second)
 */
public record SignInVerdict(boolean allowed, Duration retryAfter) {

    static final SignInVerdict ALLOWED = new SignInVerdict(true, Duration.ZERO);

    static SignInVerdict refusedFor(Duration wait) {
        return new SignInVerdict(false, wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
    }

    /** The wait in whole seconds, rounded up (for {@code Retry-After}). */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds();
        return retryAfter.toNanosPart() > 0 ? seconds + 1 : seconds;
    }
}
