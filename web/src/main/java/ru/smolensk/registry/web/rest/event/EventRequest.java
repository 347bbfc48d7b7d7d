package ru.smolensk.registry.web.rest.event;

import ru.smolensk.registry.domain.application.event.EventInput;

/**
 * The JSON body that creates or changes an event entry. {@code submissionId} is needed only to
 * create; {@code sphere} (a sphere code) only in regional documents.
 */
public record EventRequest(Long submissionId, String sphere, String name, String place, String dates,
        String description, String goal, String outcome, String participants) {

    EventInput input() {
        return new EventInput(sphere, name, place, dates, description, goal, outcome, participants);
    }
}
