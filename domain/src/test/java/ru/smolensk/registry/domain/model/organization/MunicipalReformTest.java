package ru.smolensk.registry.domain.model.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;

class MunicipalReformTest {

    private static final Organization SMOLENSK = new Organization("smolensk", OrganizationKind.CITY_OKRUG,
            "город Смоленск",
            1);
    private static final Organization VELIZH = new Organization("velizhsky", OrganizationKind.MUNICIPAL_OKRUG,
            "Велижский муниципальный округ", 10);
    private static final Organization YARTSEVO = new Organization("yartsevsky", OrganizationKind.MUNICIPAL_OKRUG,
            "Ярцевский муниципальный округ", 250);
    private static final Organization DESNOGORSK = new Organization("desnogorsk", OrganizationKind.CITY_OKRUG,
            "город Десногорск", 260);

    private static List<String> ordered(String period) {
        List<Organization> list = new ArrayList<>(List.of(YARTSEVO, DESNOGORSK, VELIZH, SMOLENSK));
        list.sort(MunicipalReform.officialOrder(ReportingPeriod.parse(period)));
        return list.stream().map(Organization::code).toList();
    }

    @Test
    void beforeTheReformTheListNamesBothCityOkrugsFirst() {
        assertEquals(List.of("smolensk", "desnogorsk", "velizhsky", "yartsevsky"), ordered("2024-Q4"));
        assertEquals(List.of("smolensk", "desnogorsk", "velizhsky", "yartsevsky"), ordered("2024-H2"));
    }

    @Test
    void fromTheReformDesnogorskIsLast() {
        assertEquals(List.of("smolensk", "velizhsky", "yartsevsky", "desnogorsk"), ordered("2025-Q1"));
        assertEquals(List.of("smolensk", "velizhsky", "yartsevsky", "desnogorsk"), ordered("2026-H1"));
    }
}
