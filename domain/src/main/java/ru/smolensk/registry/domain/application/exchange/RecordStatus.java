package ru.smolensk.registry.domain.application.exchange;

/** What happened to one received record. */
public enum RecordStatus {
    CREATED, UPDATED, UNCHANGED, REJECTED
}
