package ru.smolensk.registry.domain.application.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.smolensk.registry.domain.model.shared.InvalidFieldException;
import ru.smolensk.registry.domain.model.country.CountryRepository;

/** Checks the countries a person chose for an event against the reference data. */
@ApplicationScoped
public class ChosenCountries {

    private CountryRepository countries;

    protected ChosenCountries() {
        // for CDI
    }

    @Inject
    public ChosenCountries(CountryRepository countries) {
        this.countries = countries;
    }

    /** The ISO codes once each, in the order chosen; an unknown code is refused. */
    Set<String> check(List<String> codes) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String code : codes) {
            String iso = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            if (countries.findByCode(iso).isEmpty()) {
                throw new InvalidFieldException("countries", "Неизвестная страна «" + code + "»");
            }
            chosen.add(iso);
        }
        return chosen;
    }
}
