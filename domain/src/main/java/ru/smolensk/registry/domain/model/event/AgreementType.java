package ru.smolensk.registry.domain.model.event;

/** Kinds of documents signed at events. */
public enum AgreementType {
    /** Соглашение */
    AGREEMENT,
    /** Договор */
    CONTRACT,
    /** Меморандум */
    MEMORANDUM,
    /** План мероприятий / дорожная карта */
    ACTION_PLAN,
    /** Протокол */
    PROTOCOL,
    /** Контракт */
    COMMERCIAL_CONTRACT, OTHER
}
