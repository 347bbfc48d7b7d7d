package ru.smolensk.registry.domain.model.country;

import java.util.List;
import java.util.Optional;

/** The country list. */
public interface CountryRepository {

    /** All countries: the region's main partners first, then alphabetically by Russian name. */
    List<Country> findAll();

    Optional<Country> findByCode(String code);
}
