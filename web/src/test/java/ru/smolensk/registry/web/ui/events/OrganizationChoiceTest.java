package ru.smolensk.registry.web.ui.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.ReferenceDataService;
import ru.smolensk.registry.domain.testing.InMemoryOrganizations;

class OrganizationChoiceTest {

    private final OrganizationChoice choice = new OrganizationChoice(
            new ReferenceDataService(new InMemoryOrganizations(), null, null));

    @Test
    void offersTheCodesOfTheOrganizationsWhoseNameContainsTheTypedText() {
        assertEquals(List.of("smolensk", "min_culture"), choice.complete("смоленск"));
        assertEquals(List.of("shumyachsky"), choice.complete("  Шумяч "));
        assertTrue(choice.complete(" ").isEmpty(), "a blank text offers nothing");
    }

    @Test
    void namesTheChosenCodeByTheOrganizationsCurrentName() {
        assertEquals("Шумячский муниципальный округ", choice.name("shumyachsky"));
        choice.complete("культур");
        assertEquals("Министерство культуры и туризма Смоленской области", choice.name("min_culture"));
        assertEquals("", choice.name(null), "no organisation chosen");
        assertEquals("abolished", choice.name("abolished"), "a code no organisation has is shown as it is");
    }
}
