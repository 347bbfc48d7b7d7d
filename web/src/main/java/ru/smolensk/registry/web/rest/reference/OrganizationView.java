package ru.smolensk.registry.web.rest.reference;

import java.time.LocalDate;
import java.util.List;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationName;

/** An organisation as the API shows it: its name today, all its dated names and the address for reminders. */
public record OrganizationView(String code, String name, String kind, String level, String parentCode,
        int order, List<NameView> names, String email) {

    /** One dated name or alias. */
    public record NameView(String name, String kind, LocalDate validFrom, LocalDate validTo) {
        static NameView of(OrganizationName n) {
            return new NameView(n.name(), n.kind().name(), n.validFrom(), n.validTo());
        }
    }

    public static OrganizationView of(Organization o, LocalDate on) {
        return new OrganizationView(o.code(), o.nameOn(on), o.kind().name(), o.level().name(),
                o.parent() == null ? null : o.parent().code(), o.sortOrder(),
                o.names().stream().map(NameView::of).toList(), o.email().orElse(null));
    }
}
