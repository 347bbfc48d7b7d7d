package ru.smolensk.registry.web.ui.admin;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationKind;

/** An organisation in the administrator's list: code, current name, kind and all its names, official first. */
public record OrganizationRow(String code, String name, OrganizationKind kind, boolean active, List<NameRow> names)
        implements
            Serializable {

    private static final long serialVersionUID = 1L;

    static OrganizationRow of(Organization o) {
        List<NameRow> names = o.names().stream().map(NameRow::of)
                .sorted(Comparator.comparing(NameRow::kind).thenComparing(NameRow::validFrom,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        return new OrganizationRow(o.code(), o.currentName(), o.kind(), o.isActive(), names);
    }
}
