package ru.smolensk.registry.web.ui.entry;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import ru.smolensk.registry.domain.application.event.EventInput;
import ru.smolensk.registry.domain.model.event.AgreementType;
import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.event.OfficialColumns;

/**
 * The values of the entry form: the sphere (regional documents), the official columns as text, the countries and
 * the agreements signed (reports), the format. The format shown is saved as the entry's (the choice «определяется по
 * тексту», null, reads it from the text again). Countries and agreements the person has not touched are left to be read from
 * the text again when it is saved; once changed in the form, the form's lists are saved as they are.
 */
public class EntryFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String sphere;
    private String name;
    private String place;
    private String dates;
    private String description;
    private String goal;
    private String outcome;
    private String participants;
    private List<String> countries = new ArrayList<>();
    private List<String> initialCountries = List.of();
    private EventFormat format;
    private final List<AgreementLine> agreements = new ArrayList<>();
    private boolean agreementsChanged;
    private AgreementType newAgreementType = AgreementType.AGREEMENT;
    private String newAgreementTitle;
    private String newAgreementParties;
    private LocalDate newAgreementSignedOn;

    void fill(String sphereCode, OfficialColumns c) {
        sphere = sphereCode;
        name = c.name();
        place = c.place();
        dates = c.dates();
        description = c.description();
        goal = c.goal();
        outcome = c.outcome();
        participants = c.participants();
    }

    /** The countries, agreements and format the entry has now. */
    void fillNormalized(List<String> countryCodes, List<AgreementLine> signed, EventFormat known) {
        format = known == EventFormat.UNKNOWN ? null : known;
        countries = new ArrayList<>(countryCodes);
        initialCountries = List.copyOf(countryCodes);
        agreements.clear();
        agreements.addAll(signed);
    }

    EventInput input() {
        return new EventInput(sphere, name, place, dates, description, goal, outcome, participants,
                isCountriesChanged() ? List.copyOf(countries) : null,
                agreementsChanged ? agreements.stream().map(AgreementLine::input).toList() : null,
                format);
    }

    public EventFormat getFormat() {
        return format;
    }

    public void setFormat(EventFormat format) {
        this.format = format;
    }

    /** Whether the person changed the choice of countries since the form was filled. */
    boolean isCountriesChanged() {
        return !new HashSet<>(countries).equals(new HashSet<>(initialCountries));
    }

    /** Adds the agreement being entered; false (nothing added) without a title. */
    boolean addAgreement() {
        if (newAgreementTitle == null || newAgreementTitle.isBlank() || newAgreementType == null) {
            return false;
        }
        agreements.add(new AgreementLine(newAgreementType, newAgreementTitle.strip(),
                newAgreementParties == null || newAgreementParties.isBlank() ? null : newAgreementParties.strip(),
                newAgreementSignedOn));
        agreementsChanged = true;
        newAgreementTitle = null;
        newAgreementParties = null;
        newAgreementSignedOn = null;
        return true;
    }

    void removeAgreement(int index) {
        if (index >= 0 && index < agreements.size()) {
            agreements.remove(index);
            agreementsChanged = true;
        }
    }

    public List<String> getCountries() {
        return countries;
    }

    public void setCountries(List<String> countries) {
        this.countries = countries == null ? new ArrayList<>() : new ArrayList<>(countries);
    }

    public List<AgreementLine> getAgreements() {
        return agreements;
    }

    public AgreementType getNewAgreementType() {
        return newAgreementType;
    }

    public void setNewAgreementType(AgreementType newAgreementType) {
        this.newAgreementType = newAgreementType;
    }

    public String getNewAgreementTitle() {
        return newAgreementTitle;
    }

    public void setNewAgreementTitle(String newAgreementTitle) {
        this.newAgreementTitle = newAgreementTitle;
    }

    public String getNewAgreementParties() {
        return newAgreementParties;
    }

    public void setNewAgreementParties(String newAgreementParties) {
        this.newAgreementParties = newAgreementParties;
    }

    public LocalDate getNewAgreementSignedOn() {
        return newAgreementSignedOn;
    }

    public void setNewAgreementSignedOn(LocalDate newAgreementSignedOn) {
        this.newAgreementSignedOn = newAgreementSignedOn;
    }

    public String getSphere() {
        return sphere;
    }

    public void setSphere(String sphere) {
        this.sphere = sphere;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getDates() {
        return dates;
    }

    public void setDates(String dates) {
        this.dates = dates;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }
}
