package ru.smolensk.registry.domain.application.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MovingClock clock = new MovingClock();
    private final List<SignInLock> audited = new ArrayList<>();
    private final SignInThrottle throttle = new SignInThrottle(new SignInPolicy(3, 5, 8, Duration.ofMinutes(15)), clock,
            audited::add);

    @Test
    void delaysAfterAFewFailuresThenLocksTheAccountEvenForTheRightPassword() {
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.check("Smolensk", "10.0.0.1").allowed());
            throttle.failed("Smolensk", "10.0.0.1");
        }
        SignInVerdict delayed = throttle.check("smolensk", "10.0.0.1");
        assertFalse(delayed.allowed());
        assertEquals(1, delayed.retryAfterSeconds());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(throttle.check("smolensk", "10.0.0.1").allowed());
        throttle.failed("smolensk", "10.0.0.1");
        assertEquals(2, throttle.check("smolensk", "10.0.0.1").retryAfterSeconds());
        clock.advance(Duration.ofSeconds(2));
        throttle.failed("smolensk", "10.0.0.1");

        SignInVerdict locked = throttle.check("smolensk", "10.0.0.2");
        assertFalse(locked.allowed(), "locked from any address");
        assertEquals(900, locked.retryAfterSeconds());
        assertEquals(List.of(new SignInLock(SignInThrottle.ACCOUNT, "smolensk", 5, clock.instant().plus(Duration
                .ofMinutes(15)), true)), audited);
        assertTrue(throttle.check("culture", "10.0.0.1").allowed(), "other accounts of the address still may");

        clock.advance(Duration.ofMinutes(15));
        assertTrue(throttle.check("smolensk", "10.0.0.1").allowed(), "the lock expires");
        throttle.failed("smolensk", "10.0.0.1");
        assertTrue(throttle.check("smolensk", "10.0.0.1").allowed(), "and the count starts anew");
    }

    @Test
    void locksAnAddressThatFailsOverManyAccounts() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("guess" + i, "10.0.0.9");
        }
        assertFalse(throttle.check("coordinator", "10.0.0.9").allowed());
        assertTrue(throttle.check("coordinator", "10.0.0.10").allowed());
        assertEquals(SignInThrottle.ADDRESS, audited.get(0).kind());
        assertEquals(1, throttle.current().size());
    }

    @Test
    void aSuccessForgetsTheAccountsFailures() {
        throttle.failed("admin", "10.0.0.1");
        throttle.failed("admin", "10.0.0.1");
        throttle.succeeded("ADMIN");
        throttle.failed("admin", "10.0.0.1");
        throttle.failed("admin", "10.0.0.1");
        assertTrue(throttle.check("admin", "10.0.0.1").allowed());
    }

    /** A clock the test moves on. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-05T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
