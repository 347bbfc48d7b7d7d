package ru.smolensk.registry.web.ui.admin;

import java.io.Serializable;
import java.util.List;

import ru.smolensk.registry.domain.model.sphere.Sphere;

/** A sphere of cooperation with the section titles of plans and reports and the other ways they are written. */
public record SphereRow(String code, String name, String planTitle, String reportTitle, List<String> aliases)
        implements
            Serializable {

    private static final long serialVersionUID = 1L;

    static SphereRow of(Sphere s) {
        return new SphereRow(s.code(), s.name(), s.planTitle(), s.reportTitle(), List.copyOf(s.aliases()));
    }
}
