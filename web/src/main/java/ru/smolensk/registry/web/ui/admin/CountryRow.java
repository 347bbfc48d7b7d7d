package ru.smolensk.registry.web.ui.admin;

import java.io.Serializable;

import ru.smolensk.registry.domain.model.country.Country;
import ru.smolensk.registry.domain.model.country.CountryStatus;

/** A country of the reference data (read only): codes, names and its international standing. */
public record CountryRow(String code, String alpha3, String name, String fullName, CountryStatus status,
        String aliases) implements Serializable {

    private static final long serialVersionUID = 1L;

    static CountryRow of(Country c) {
        return new CountryRow(c.code(), c.alpha3(), c.name(), c.fullName(), c.status(), String.join(", ", c
                .aliases()));
    }
}
