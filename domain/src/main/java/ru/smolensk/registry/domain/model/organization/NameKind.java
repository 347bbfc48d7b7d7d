package ru.smolensk.registry.domain.model.organization;

/** An official name (one valid at any date) or an alias used in documents and for matching. */
public enum NameKind {
    OFFICIAL, ALIAS
}
