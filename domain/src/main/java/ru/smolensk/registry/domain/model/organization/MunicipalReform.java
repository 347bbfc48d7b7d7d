package ru.smolensk.registry.domain.model.organization;

import java.time.LocalDate;
import java.util.Comparator;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;

/**
 * The 2024–2025 municipal reform of Smolensk oblast: from 1 January 2025 the municipal districts («… район») are
 * municipal okrugs. Documents of a period before it use the wording and the official list of that time: the
 * municipalities were «муниципальные образования», and the list named the two city okrugs (город Смоленск, город
 * Десногорск) first and then the districts in alphabetical order; from 2025 the list names город Смоленск first, the
 * municipal okrugs alphabetically and город Десногорск last (the reference data's sort order).
 */
public final class MunicipalReform {

    /** The first day the municipal okrugs exist. */
    public static final LocalDate DATE = LocalDate.of(2025, 1, 1);

    private MunicipalReform() {
    }

    /** Whether the period began before the reform (its documents use the wording of that time). */
    public static boolean before(ReportingPeriod period) {
        return period.start().isBefore(DATE);
    }

    /** The order of the official list of municipalities valid in the period. */
    public static Comparator<Organization> officialOrder(ReportingPeriod period) {
        Comparator<Organization> current = Comparator.comparingInt(Organization::sortOrder);
        return before(period)
                ? Comparator.comparingInt((Organization o) -> o.kind() == OrganizationKind.CITY_OKRUG ? 0 : 1)
                        .thenComparing(current)
                : current;
    }
}
