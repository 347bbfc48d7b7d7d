package ru.smolensk.registry.domain.model.audit;

/** What a recorded change did. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, SUBMIT, APPROVE, RETURN, REOPEN, IMPORT, EXCHANGE,
    /** Sign-ins of an account or from a client address refused for a while after repeated failures. */
    SIGN_IN_LOCK
}
