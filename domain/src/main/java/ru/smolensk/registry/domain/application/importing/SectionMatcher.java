package ru.smolensk.registry.domain.application.importing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationName;
import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.normalization.TextHygiene;

/**
 * Matches section headers to organisations (municipal documents) and spheres (regional documents)
 * by every name and alias they have, with or without quotes, the «Муниципальное образование …
 * Смоленской области» frame, and with historic «… район» names. Unmatched headers get suggestions.
 */
public final class SectionMatcher {

    private static final Pattern ORG_FRAME = Pattern.compile(
            "^(муниципальное образование|администрация|мо)\\s+|\\s+смоленской области$");
    private static final Pattern ORG_KIND = Pattern.compile(
            "\\s+(муниципальный округ|муниципального округа|городской округ|район|района|округ|округа)$");
    private static final Pattern CITY = Pattern.compile("^(город|г\\.|города)\\s*");
    private static final Pattern SPHERE_FRAME = Pattern.compile("^(сотрудничество\\s+)?(в\\s+)?(сфере\\s+)?");

    private final Map<String, Organization> organizations = new HashMap<>();
    private final Map<String, Sphere> spheres = new HashMap<>();
    private final List<Organization> allOrganizations;
    private final List<Sphere> allSpheres;

    public SectionMatcher(List<Organization> organizations, List<Sphere> spheres) {
        this.allOrganizations = List.copyOf(organizations);
        this.allSpheres = List.copyOf(spheres);
        for (Organization org : organizations) {
            for (OrganizationName name : org.names()) {
                for (String key : organizationKeys(name.name())) {
                    this.organizations.putIfAbsent(key, org);
                }
            }
        }
        for (Sphere sphere : spheres) {
            Set<String> names = new HashSet<>(sphere.aliases());
            names.add(sphere.name());
            if (sphere.planTitle() != null) {
                names.add(sphere.planTitle());
            }
            if (sphere.reportTitle() != null) {
                names.add(sphere.reportTitle());
            }
            for (String name : names) {
                for (String key : sphereKeys(name)) {
                    this.spheres.putIfAbsent(key, sphere);
                }
            }
        }
    }

    public Optional<Organization> organization(String title) {
        return organizationKeys(title).stream().map(organizations::get).filter(java.util.Objects::nonNull)
                .findFirst();
    }

    public Optional<Sphere> sphere(String title) {
        return sphereKeys(title).stream().map(spheres::get).filter(java.util.Objects::nonNull).findFirst();
    }

    /** Up to three organisations whose names look most like the title, for an error message. */
    public List<String> suggestOrganizations(String title, LocalDate on) {
        return suggest(allOrganizations, o -> o.nameOn(on), title);
    }

    /** Up to three spheres whose names look most like the title. */
    public List<String> suggestSpheres(String title) {
        return suggest(allSpheres, Sphere::name, title);
    }

    private static <T> List<String> suggest(List<T> candidates, Function<T, String> name, String title) {
        String key = TextHygiene.matchKey(title);
        return candidates.stream()
                .sorted(Comparator.comparingDouble((T c) -> -Similarity.of(key, TextHygiene.matchKey(name.apply(c)))))
                .limit(3).map(name).toList();
    }

    private static List<String> organizationKeys(String name) {
        String exact = TextHygiene.matchKey(name);
        String framed = ORG_FRAME.matcher(ORG_FRAME.matcher(exact).replaceAll("")).replaceAll("").strip();
        String stem = CITY.matcher(ORG_KIND.matcher(framed).replaceAll("")).replaceAll("").strip();
        return List.of(exact, framed, "stem:" + stem);
    }

    private static List<String> sphereKeys(String name) {
        String exact = TextHygiene.matchKey(name);
        String core = SPHERE_FRAME.matcher(exact).replaceAll("").strip();
        return List.of(exact, "core:" + core);
    }
}
