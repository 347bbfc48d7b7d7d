package ru.smolensk.registry.domain.application.exchange;

import java.time.Duration;

/**
 * What the server configuration says about partner systems: which operations each may call (all by default), the
 * system code each account must name as Sender, the registry's own code and the allowed clock skew.
 */
public interface PartnerPermissions {

    /** The registry's system code when none is configured. */
    String DEFAULT_REGISTRY_CODE = "smolensk-registry";

    boolean mayCall(String partner, String operation);

    /** The system code registered for a partner account (the account name when none is configured). */
    default String systemCode(String account) {
        return account;
    }

    /** The registry's system code, the Recipient of every message it receives. */
    default String registryCode() {
        return DEFAULT_REGISTRY_CODE;
    }

    /** How far a message's Timestamp may lie from the registry's clock, either way. */
    default Duration timestampSkew() {
        return Duration.ofHours(24);
    }
}
