package ru.smolensk.registry.web.rest.reference;

import java.util.List;

import ru.smolensk.registry.domain.model.country.Country;

/** A country as the API shows it. */
public record CountryView(String code, String alpha3, String name, String fullName, String status,
        List<String> aliases) {

    public static CountryView of(Country c) {
        return new CountryView(c.code(), c.alpha3(), c.name(), c.fullName(), c.status().name(),
                List.copyOf(c.aliases()));
    }
}
