package ru.smolensk.registry.domain.application.security;

import java.time.Instant;

/**
 * A current lock or delay of sign-ins, as administrators see it.
 *
 * @param kind {@code ACCOUNT} or {@code ADDRESS}
 * @param key the account name (lower case) or the client address
 * @param failures failed attempts counted
 * @param until when attempts are accepted again
 * @param locked true for a lock (the limit was reached), false for a delay between attempts
 */
public record SignInLock(String kind, String key, int failures, Instant until, boolean locked) {
}
