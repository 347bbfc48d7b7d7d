package ru.smolensk.registry.web.ui.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.event.EventInput;
import ru.smolensk.registry.domain.model.event.AgreementType;
import ru.smolensk.registry.domain.model.event.EventFormat;

class EntryFieldsTest {

    @Test
    void untouchedCountriesAndAgreementsAreReadFromTheTextAgain() {
        EntryFields fields = new EntryFields();
        fields.fillNormalized(List.of("BY", "CN"), List.of(new AgreementLine(AgreementType.AGREEMENT, "Соглашение",
                null, null)), EventFormat.REMOTE);
        fields.setCountries(List.of("CN", "BY"));
        EventInput input = fields.input();
        assertNull(input.countryCodes(), "the same countries in another order are no change");
        assertNull(input.agreements());
        assertEquals(EventFormat.REMOTE, input.format(), "the format shown is kept");
    }

    @Test
    void aChosenFormatReplacesWhatTheTextSays() {
        EntryFields fields = new EntryFields();
        fields.fillNormalized(List.of(), List.of(), EventFormat.UNKNOWN);
        assertNull(fields.getFormat(), "an unknown format is offered as «read from the text»");
        fields.setFormat(EventFormat.HYBRID);
        assertEquals(EventFormat.HYBRID, fields.input().format());
    }

    @Test
    void chosenCountriesReplaceWhatTheTextSays() {
        EntryFields fields = new EntryFields();
        fields.setCountries(List.of("BY"));
        assertEquals(List.of("BY"), fields.input().countryCodes());
        fields.fillNormalized(List.of("BY", "CN"), List.of(), null);
        fields.setCountries(List.of());
        assertEquals(List.of(), fields.input().countryCodes(), "all countries removed on purpose");
    }

    @Test
    void agreementsAreAddedWithATitleAndRemoved() {
        EntryFields fields = new EntryFields();
        assertFalse(fields.addAgreement(), "no title, nothing added");
        fields.setNewAgreementType(AgreementType.MEMORANDUM);
        fields.setNewAgreementTitle("  Меморандум о взаимопонимании ");
        fields.setNewAgreementParties(" ");
        fields.setNewAgreementSignedOn(LocalDate.of(2025, 5, 22));
        assertTrue(fields.addAgreement());
        assertNull(fields.getNewAgreementTitle(), "the inputs are cleared for the next one");
        EventInput input = fields.input();
        assertEquals(1, input.agreements().size());
        assertEquals("Меморандум о взаимопонимании", input.agreements().get(0).title());
        assertNull(input.agreements().get(0).parties());
        assertEquals(AgreementType.MEMORANDUM, input.agreements().get(0).type());

        fields.removeAgreement(5);
        fields.removeAgreement(0);
        assertEquals(List.of(), fields.input().agreements(), "removing the last one is a change too");
    }
}
