package ru.smolensk.registry.domain.application.event;

import ru.smolensk.registry.domain.model.event.OfficialColumns;

/**
 * What a person enters for one event: the section's sphere (regional documents) and the official
 * columns as text. Plans use description and goal, reports the outcome column.
 */
public record EventInput(String sphereCode, String name, String place, String dates, String description,
        String goal, String outcome, String participants) {

    OfficialColumns columns() {
        return new OfficialColumns(name, place, dates, description, goal, outcome, participants);
    }
}
