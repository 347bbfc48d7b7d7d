package ru.smolensk.registry.domain.application.event;

import java.util.List;

import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.event.OfficialColumns;

/**
 * What a person enters for one event: the section's sphere (regional documents) and the official columns as
 * text. Plans use description and goal, reports the outcome column. The countries (ISO codes) and the agreements
 * signed (reports) are read from the text when null; a list given replaces what the text says. So does the format
 * (in person, remote, hybrid) when given.
 */
public record EventInput(String sphereCode, String name, String place, String dates, String description,
        String goal, String outcome, String participants, List<String> countryCodes,
        List<AgreementInput> agreements, EventFormat format) {

    /** The longest text an official column may hold. */
    public static final int MAX_CELL_LENGTH = 20_000;

    public EventInput {
        countryCodes = countryCodes == null ? null : List.copyOf(countryCodes);
        agreements = agreements == null ? null : List.copyOf(agreements);
    }

    /** Countries and agreements as chosen, the format read from the text. */
    public EventInput(String sphereCode, String name, String place, String dates, String description, String goal,
            String outcome, String participants, List<String> countryCodes, List<AgreementInput> agreements) {
        this(sphereCode, name, place, dates, description, goal, outcome, participants, countryCodes, agreements,
                null);
    }

    /** The official columns only: countries and agreements as read from the text. */
    public EventInput(String sphereCode, String name, String place, String dates, String description, String goal,
            String outcome, String participants) {
        this(sphereCode, name, place, dates, description, goal, outcome, participants, null, null, null);
    }

    OfficialColumns columns() {
        return new OfficialColumns(name, place, dates, description, goal, outcome, participants);
    }
}
