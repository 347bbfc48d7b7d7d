package ru.smolensk.registry.domain.model.country;

/** International standing of a country or territory. */
public enum CountryStatus {
    UN_MEMBER, OBSERVER, TERRITORY, PARTIALLY_RECOGNISED
}
