package ru.smolensk.registry.domain.model.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class OrganizationNameTest {

    private static final LocalDate REFORM = LocalDate.of(2025, 1, 1);

    /** An okrug named «… район» until 31.12.2024 and «… муниципальный округ» from 01.01.2025. */
    private static Organization reformed(String stem) {
        Organization org = new Organization(stem, OrganizationKind.MUNICIPAL_OKRUG, 10);
        org.addName(stem + " муниципальный округ", NameKind.OFFICIAL, REFORM, null);
        org.addName(stem + " район", NameKind.OFFICIAL, null, REFORM.minusDays(1));
        return org;
    }

    @Test
    void theOfficialNameDependsOnTheDate() {
        Organization velizh = reformed("Велижский");
        assertEquals("Велижский район", velizh.nameOn(LocalDate.of(2024, 12, 31)));
        assertEquals("Велижский муниципальный округ", velizh.nameOn(REFORM));
        assertEquals("Велижский муниципальный округ", velizh.nameOn(LocalDate.of(2026, 6, 1)));
        assertEquals("Велижский муниципальный округ", velizh.currentName());
    }

    @Test
    void officialNamesAreListedOldestFirst() {
        Organization velizh = reformed("Велижский");
        assertEquals("Велижский район", velizh.officialNames().get(0).name());
        assertEquals("Велижский муниципальный округ", velizh.officialNames().get(1).name());
    }

    @Test
    void aliasesAreNamesButNotOfficial() {
        Organization velizh = reformed("Велижский");
        velizh.addName("Муниципальное образование «Велижский район» Смоленской области", NameKind.ALIAS, null,
                REFORM.minusDays(1));
        assertTrue(velizh.nameEqualTo("Муниципальное образование «Велижский район» Смоленской области").isPresent());
        assertFalse(velizh.nameEqualTo("Велижский").isPresent());
        assertEquals(2, velizh.officialNames().size());
        assertEquals(3, velizh.names().size());
    }

    @Test
    void aNameCannotEndBeforeItStarts() {
        Organization org = reformed("Краснинский");
        assertThrows(IllegalArgumentException.class,
                () -> org.addName("Краснинский", NameKind.ALIAS, REFORM, REFORM.minusDays(1)));
    }

    @Test
    void validityBoundsAreInclusive() {
        OrganizationName old = reformed("Руднянский").officialNames().get(0);
        assertTrue(old.isValidOn(LocalDate.of(2024, 12, 31)));
        assertFalse(old.isValidOn(REFORM));
    }

    @Test
    void municipalitiesReportAtTheMunicipalLevel() {
        assertTrue(OrganizationKind.CITY_OKRUG.isMunicipality());
        assertFalse(OrganizationKind.EXECUTIVE_BODY.isMunicipality());
    }
}
