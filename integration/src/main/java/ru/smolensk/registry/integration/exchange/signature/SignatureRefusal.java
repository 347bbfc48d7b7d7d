package ru.smolensk.registry.integration.exchange.signature;

/** Why a message's signature is not accepted; the message is in Russian for the partner. */
public final class SignatureRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Kind {
        /** No signature, one that does not verify, or one that does not cover what it must. */
        INVALID_SIGNATURE,
        /** The timestamp is missing, too old, expired or in the future. */
        STALE_TIMESTAMP
    }

    private final Kind kind;

    public SignatureRefusal(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
