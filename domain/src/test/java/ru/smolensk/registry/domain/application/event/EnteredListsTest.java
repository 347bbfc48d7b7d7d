package ru.smolensk.registry.domain.application.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.shared.InvalidFieldException;
import ru.smolensk.registry.domain.model.country.Country;
import ru.smolensk.registry.domain.model.country.CountryRepository;
import ru.smolensk.registry.domain.model.country.CountryStatus;
import ru.smolensk.registry.domain.model.event.AgreementType;
import ru.smolensk.registry.domain.model.submission.DocumentKind;

/** The countries and agreements a person enters by hand instead of those read from the text. */
class EnteredListsTest {

    private final ChosenCountries countries = new ChosenCountries(new CountryRepository() {
        @Override
        public List<Country> findAll() {
            return List.of();
        }

        @Override
        public Optional<Country> findByCode(String code) {
            return Set.of("BY", "CN").contains(code)
                    ? Optional.of(new Country(code, code + "X", code, CountryStatus.UN_MEMBER))
                    : Optional.empty();
        }
    });

    @Test
    void chosenCountriesAreKnownCodesOnceEach() {
        assertEquals(List.of("BY", "CN"), List.copyOf(countries.check(List.of(" by", "CN", "BY"))));
        InvalidFieldException unknown = assertThrows(InvalidFieldException.class, () -> countries.check(List.of(
                "ZZ")));
        assertEquals("countries", unknown.field());
    }

    @Test
    void agreementsBelongToReportsAndNeedAKindAndATitle() {
        AgreementInput agreement = new AgreementInput(AgreementType.AGREEMENT, "Соглашение о сотрудничестве", null,
                null);
        EventInputRules.checkAgreements(List.of(agreement), DocumentKind.REPORT);
        EventInputRules.checkAgreements(List.of(), DocumentKind.PLAN);
        assertThrows(InvalidFieldException.class, () -> EventInputRules.checkAgreements(List.of(agreement),
                DocumentKind.PLAN));
        assertThrows(InvalidFieldException.class, () -> EventInputRules.checkAgreements(List.of(new AgreementInput(
                null, "Соглашение", null, null)), DocumentKind.REPORT));
        assertThrows(InvalidFieldException.class, () -> EventInputRules.checkAgreements(List.of(new AgreementInput(
                AgreementType.OTHER, " ", null, null)), DocumentKind.REPORT));
    }

    @Test
    void theOfficialColumnsAloneLeaveCountriesAndAgreementsToTheText() {
        EventInput input = new EventInput(null, "name", "place", "dates", null, null, "outcome", "participants");
        assertNull(input.countryCodes());
        assertNull(input.agreements());
    }
}
