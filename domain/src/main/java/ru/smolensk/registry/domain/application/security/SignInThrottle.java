package ru.smolensk.registry.domain.application.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Counts failed sign-ins per account and per client address (in memory, per server) and refuses attempts for a
 * while: an account that failed {@link SignInPolicy#delayAfter()} times must wait 1, 2, 4 … seconds after each
 * further failure, and one that reached {@link SignInPolicy#maxAccountFailures()} is locked for
 * {@link SignInPolicy#lock()}; an address that reached {@link SignInPolicy#maxAddressFailures()} (over any accounts)
 * is locked as long. While refused, not even the right password is checked. Every new lock is handed to the
 * {@code onLock} listener (the audit). A successful sign-in forgets the account's failures, not the address's.
 */
public final class SignInThrottle {

    /** Kind of a counted key: an account name. */
    public static final String ACCOUNT = "ACCOUNT";
    /** Kind of a counted key: a client address. */
    public static final String ADDRESS = "ADDRESS";

    /** Upper bound of remembered keys; beyond it, forgotten (expired) keys are purged first. */
    private static final int MAX_KEYS = 100_000;

    /** Account names are counted by their first characters only (an audit id holds 100). */
    private static final int MAX_KEY_LENGTH = 90;

    private final SignInPolicy policy;
    private final Clock clock;
    private final Consumer<SignInLock> onLock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    public SignInThrottle(SignInPolicy policy, Clock clock, Consumer<SignInLock> onLock) {
        this.policy = policy;
        this.clock = clock;
        this.onLock = onLock;
    }

    /** Whether an attempt of the account from the address may be checked now. */
    public SignInVerdict check(String account, String address) {
        Instant now = clock.instant();
        Duration wait = max(waitOf(addresses.get(address), now, false), waitOf(accounts.get(key(account)), now, true));
        return wait.isZero() ? SignInVerdict.ALLOWED : SignInVerdict.refusedFor(wait);
    }

    /** Counts a failed attempt (a wrong password or an unknown account). */
    public void failed(String account, String address) {
        Instant now = clock.instant();
        count(accounts, ACCOUNT, key(account), policy.maxAccountFailures(), now);
        count(addresses, ADDRESS, address, policy.maxAddressFailures(), now);
    }

    /** Forgets the failures of an account that signed in. */
    public void succeeded(String account) {
        accounts.remove(key(account));
    }

    /** The current locks and delays, longest first. */
    public List<SignInLock> current() {
        Instant now = clock.instant();
        List<SignInLock> result = new ArrayList<>();
        collect(accounts, ACCOUNT, now, true, result);
        collect(addresses, ADDRESS, now, false, result);
        result.sort(Comparator.comparing(SignInLock::until).reversed());
        return result;
    }

    private void collect(Map<String, Failures> counters, String kind, Instant now, boolean delays,
            List<SignInLock> result) {
        counters.forEach((key, failures) -> {
            synchronized (failures) {
                Duration wait = waitOf(failures, now, delays);
                if (!wait.isZero()) {
                    result.add(new SignInLock(kind, key, failures.count, now.plus(wait), failures.lockedUntil != null));
                }
            }
        });
    }

    private void count(Map<String, Failures> counters, String kind, String key, int max, Instant now) {
        if (counters.size() >= MAX_KEYS) {
            counters.values().removeIf(f -> f.forgotten(now, policy.lock()));
        }
        Failures failures = counters.computeIfAbsent(key, k -> new Failures());
        SignInLock lock = null;
        synchronized (failures) {
            if (failures.forgotten(now, policy.lock())) {
                failures.reset();
            }
            failures.count++;
            failures.last = now;
            if (failures.count >= max && failures.lockedUntil == null) {
                failures.lockedUntil = now.plus(policy.lock());
                lock = new SignInLock(kind, key, failures.count, failures.lockedUntil, true);
            }
        }
        if (lock != null) {
            onLock.accept(lock);
        }
    }

    /** How long the key must wait now; zero when an attempt may be checked. */
    private Duration waitOf(Failures failures, Instant now, boolean delays) {
        if (failures == null) {
            return Duration.ZERO;
        }
        synchronized (failures) {
            if (failures.lockedUntil != null) {
                return now.isBefore(failures.lockedUntil)
                        ? Duration.between(now, failures.lockedUntil)
                        : Duration.ZERO;
            }
            if (!delays || failures.count < policy.delayAfter() || failures.forgotten(now, policy.lock())) {
                return Duration.ZERO;
            }
            Duration delay = Duration.ofSeconds(1L << Math.min(20, failures.count - policy.delayAfter()));
            Instant next = failures.last.plus(delay.compareTo(policy.lock()) > 0 ? policy.lock() : delay);
            return now.isBefore(next) ? Duration.between(now, next) : Duration.ZERO;
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String key(String account) {
        String key = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    /** The failures of one key. Guarded by its own monitor. */
    private static final class Failures {
        int count;
        Instant last;
        Instant lockedUntil;

        /** Whether the failures no longer count: the lock (or, without one, the lock time after the last) passed. */
        boolean forgotten(Instant now, Duration lock) {
            if (lockedUntil != null) {
                return !now.isBefore(lockedUntil);
            }
            return last == null || !now.isBefore(last.plus(lock));
        }

        void reset() {
            count = 0;
            last = null;
            lockedUntil = null;
        }
    }
}
