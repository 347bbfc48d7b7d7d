package ru.smolensk.registry.web.ui.admin;

import java.io.Serializable;
import java.time.LocalDate;

import ru.smolensk.registry.domain.model.organization.NameKind;
import ru.smolensk.registry.domain.model.organization.OrganizationName;

/** One name of an organisation: official (dated) or an alias, with the dates it is valid (open when empty). */
public record NameRow(String name, NameKind kind, LocalDate validFrom, LocalDate validTo) implements Serializable {

    private static final long serialVersionUID = 1L;

    static NameRow of(OrganizationName n) {
        return new NameRow(n.name(), n.kind(), n.validFrom(), n.validTo());
    }
}
