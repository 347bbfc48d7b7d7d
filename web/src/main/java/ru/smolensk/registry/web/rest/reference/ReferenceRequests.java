package ru.smolensk.registry.web.rest.reference;

import java.time.LocalDate;

/** Bodies of the administrator's changes to reference data. */
public final class ReferenceRequests {

    private ReferenceRequests() {
    }

    /** A new organisation: code, kind (MUNICIPAL_OKRUG, REGIONAL_BODY…), official name, order, parent body. */
    public record NewOrganization(String code, String kind, String name, Integer order, String parentCode) {
    }

    /** A dated official name or an alias of an organisation. */
    public record NewName(String name, String kind, LocalDate validFrom, LocalDate validTo) {
    }

    /** A form of a sphere's section title. */
    public record NewAlias(String alias) {
    }

    /** The address of an organisation for reminders of deadlines (empty clears it). */
    public record Email(String email) {
    }

    /** The organisation an account works for. */
    public record AccountBinding(String fullName, String organization) {
    }
}
