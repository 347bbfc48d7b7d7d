package ru.smolensk.registry.domain.model.audit;

/** What a recorded change did. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, SUBMIT, APPROVE, RETURN, REOPEN, IMPORT, EXCHANGE
}
