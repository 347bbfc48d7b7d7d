package ru.smolensk.registry.persistence.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import ru.smolensk.registry.domain.application.importing.TitleIssuer;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.persistence.jpa.JpaOrganizationRepository;
import ru.smolensk.registry.persistence.testing.TestDatabase;

/**
 * The organisation named in the title of a single organisation's plan or report, found among the real reference
 * data (current and historic names, aliases) in every form offices write it.
 */
class TitleIssuerReferenceDataTest {

    private static EntityManagerFactory emf;
    private static TitleIssuer issuer;

    @BeforeAll
    static void load() {
        emf = TestDatabase.migrated().entityManagerFactory();
        List<Organization> all = TestDatabase.inTransaction(emf, em -> {
            List<Organization> orgs = new JpaOrganizationRepository(em).findAll();
            orgs.forEach(o -> o.names().size());
            return orgs;
        });
        issuer = new TitleIssuer(all);
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "План международных мероприятий Администрации муниципального образования «Шумячский район» Смоленской "
                    + "области на 2 полугодие 2024 года|shumyachsky",
            "Отчет о международных мероприятиях, проведенных Администрацией муниципального образования «Шумячский "
                    + "муниципальный округ» Смоленской области во II квартале 2025 года|shumyachsky",
            "Отчет о мероприятиях, проведенных Администрацией Шумячского района в 3-м квартале 2024 г.|shumyachsky",
            "ПЛАН  международных мероприятий  Администрации \"Шумячский муниципальный округ\"|shumyachsky",
            "Отчет о международных мероприятиях, проведенных Администрацией города Смоленска за 2-й квартал "
                    + "2025 г.|smolensk",
            "План международных мероприятий Администрации г. Смоленска на первое полугодие 2026 года|smolensk",
            "План мероприятий Администрации Смоленского муниципального округа Смоленской области|smolensky",
            "Отчет Администрации МО «Смоленский район» Смоленской обл. за IV квартал 2024 года|smolensky",
            "Отчет о мероприятиях, проведенных Администрацией муниципального образования «город Десногорск» "
                    + "Смоленской области|desnogorsk",
            "План международных мероприятий Министерства культуры и туризма Смоленской области на I полугодие 2026 "
                    + "года|min_culture",
            "Отчет о международных мероприятиях, проведенных Министерством\u00A0 культуры\tи туризма Смоленской  области "
                    + "во втором квартале 2025 года|min_culture",
            "Отчет о мероприятиях, проведенных Министерством образования и науки Смоленской области|min_education",
            "Отчет о мероприятиях, проведенных Департаментом Смоленской области по внутренней политике|"
                    + "internal_policy_dept"})
    void findsTheOrganisationNamedInTheTitle(String title, String code) {
        assertEquals(code, issuer.find(title).map(Organization::code).orElse("(none)"), title);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "План международных мероприятий органов местного самоуправления муниципальных образований Смоленской "
                    + "области на I полугодие 2026 года",
            "Отчет о международных мероприятиях, проведенных исполнительными органами Смоленской области во II "
                    + "квартале 2025 года",
            "Отчет о проведенных международных мероприятиях за II квартал 2025 года",
            "Отчет Администрации Смоленского района и Администрации города Смоленска"})
    void namesNoneWhenTheTitleIsConsolidatedOrAmbiguous(String title) {
        assertTrue(issuer.find(title).isEmpty(), title);
    }

    @Test
    void aTitleOverSeveralLinesNamesTheOrganisation() {
        assertEquals("min_culture", issuer.find("Отчет о международных мероприятиях,\nпроведенных Министерством "
                + "культуры\nи туризма\r\nСмоленской области\nво II квартале\n2025 года").orElseThrow().code());
    }

    @Test
    void suggestsTheOrganisationsSharingMostWordsWithATitleThatNamesNone() {
        List<String> suggested = issuer.suggest("Отчет Администрации Шумяцкого муниципального округа",
                LocalDate.of(2025, 4, 1)).stream().map(Organization::code).toList();
        assertEquals(3, suggested.size());
        assertTrue(issuer.find("Отчет Администрации Шумяцкого муниципального округа").isEmpty());
        List<String> culture = issuer.suggest("Отчет Министерства культуры Смоленской области",
                LocalDate.of(2025, 4, 1)).stream().map(Organization::code).toList();
        assertEquals("min_culture", culture.get(0), culture.toString());
    }
}
