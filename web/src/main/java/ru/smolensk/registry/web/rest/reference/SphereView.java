package ru.smolensk.registry.web.rest.reference;

import java.util.List;

import ru.smolensk.registry.domain.model.sphere.Sphere;

/** A sphere of cooperation as the API shows it. */
public record SphereView(String code, String name, String planTitle, String reportTitle, int order,
        List<String> aliases) {

    public static SphereView of(Sphere s) {
        return new SphereView(s.code(), s.name(), s.planTitle(), s.reportTitle(), s.sortOrder(),
                List.copyOf(s.aliases()));
    }
}
