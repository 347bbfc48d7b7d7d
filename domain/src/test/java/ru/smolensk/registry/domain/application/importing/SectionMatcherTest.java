package ru.smolensk.registry.domain.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ru.smolensk.registry.domain.model.organization.NameKind;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationKind;
import ru.smolensk.registry.domain.model.sphere.Sphere;

class SectionMatcherTest {

    private static final LocalDate REFORM = LocalDate.of(2025, 1, 1);

    private static Organization okrug(String code, String stem) {
        Organization org = new Organization(code, OrganizationKind.MUNICIPAL_OKRUG, 10);
        org.addName(stem + " муниципальный округ", NameKind.OFFICIAL, REFORM, null);
        org.addName(stem + " район", NameKind.OFFICIAL, null, REFORM.minusDays(1));
        return org;
    }

    private static final List<Organization> ORGS = List.of(
            new Organization("smolensk", OrganizationKind.CITY_OKRUG, "город Смоленск", 1),
            new Organization("desnogorsk", OrganizationKind.CITY_OKRUG, "город Десногорск", 900),
            okrug("shumyachsky", "Шумячский"), okrug("rudnyansky", "Руднянский"), okrug("velizhsky", "Велижский"),
            okrug("smolensky", "Смоленский"));

    private static Sphere sphere(String code, String name, String plan, String report) {
        return new Sphere(code, name, plan, report, 10);
    }

    private static final List<Sphere> SPHERES = List.of(
            sphere("CULTURE_TOURISM", "Культура и туризм", "В сфере культуры и туризма",
                    "Сотрудничество в сфере культуры и туризма"),
            sphere("SOCIAL", "Социальное развитие", "В сфере социального развития",
                    "Сотрудничество в социальной сфере"));

    private final SectionMatcher matcher = new SectionMatcher(ORGS, SPHERES);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Город Смоленск|smolensk",
            "Муниципальное образование «город Десногорск» Смоленской области|desnogorsk",
            "Муниципальное образование «Шумячский муниципальный округ» Смоленской области|shumyachsky",
            "Муниципальное образование «Велижский район»  |velizhsky",
            "Муниципальное образование Руднянский район Смоленской области|rudnyansky",
            "МО «Шумячский муниципальный округ»|shumyachsky", "г. Смоленск|smolensk",
            "Смоленский район|smolensky"})
    void matchesMunicipalSectionHeadersWrittenAnyWay(String title, String code) {
        assertEquals(code, matcher.organization(title).orElseThrow().code());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"В сфере культуры и туризма|CULTURE_TOURISM",
            "Сотрудничество в сфере культуры и туризма|CULTURE_TOURISM",
            "Сотрудничество в социальной сфере|SOCIAL", "В сфере социального развития|SOCIAL",
            "  сотрудничество в сфере  Культуры и туризма |CULTURE_TOURISM"})
    void matchesSphereHeadersInPlanAndReportForm(String title, String code) {
        assertEquals(code, matcher.sphere(title).orElseThrow().code());
    }

    @Test
    void unmatchedHeadersGetSuggestions() {
        assertTrue(matcher.organization("Муниципальное образование «Шумяцкий округ»").isEmpty());
        assertEquals("Шумячский муниципальный округ",
                matcher.suggestOrganizations("Муниципальное образование «Шумяцкий округ»", REFORM).get(0));
        assertTrue(matcher.sphere("В сфере космоса").isEmpty());
        assertEquals(2, matcher.suggestSpheres("В сфере космоса").size());
    }
}
