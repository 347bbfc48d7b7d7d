package ru.smolensk.registry.web.rest.analytics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ru.smolensk.registry.domain.application.ReferenceDataService;
import ru.smolensk.registry.domain.model.country.Country;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.sphere.Sphere;

/** Russian names of the codes that statistics are keyed by, looked up once per request. */
final class Names {

    private final Map<String, String> countries;
    private final Map<String, String> organizations;
    private final Map<String, String> spheres;

    Names(ReferenceDataService reference) {
        this.countries = index(reference.countries(), Country::code, Country::name);
        this.organizations = index(reference.organizations(null), Organization::code, Organization::currentName);
        this.spheres = index(reference.spheres(), Sphere::code, Sphere::name);
    }

    String country(String code) {
        return countries.getOrDefault(code, code);
    }

    String organization(String code) {
        return organizations.getOrDefault(code, code);
    }

    String sphere(String code) {
        return spheres.getOrDefault(code, code);
    }

    /** Counts keyed by code as a list of {code, name, count}, in the map's order. */
    static List<StatisticsView.Count> counts(Map<String, Long> byCode, Function<String, String> name) {
        return new LinkedHashMap<>(byCode).entrySet().stream()
                .map(e -> new StatisticsView.Count(e.getKey(), name.apply(e.getKey()), e.getValue()))
                .toList();
    }

    private static <T> Map<String, String> index(List<T> items, Function<T, String> code, Function<T, String> name) {
        Map<String, String> index = new HashMap<>();
        items.forEach(item -> index.put(code.apply(item), name.apply(item)));
        return index;
    }
}
