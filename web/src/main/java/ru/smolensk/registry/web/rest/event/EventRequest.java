package ru.smolensk.registry.web.rest.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import ru.smolensk.registry.domain.application.event.EventInput;

/**
 * The JSON body that creates or changes an event entry. {@code submissionId} is needed only to
 * create; {@code sphere} (a sphere code) only in regional documents. The constraints are checked by Bean Validation
 * before the use case runs (messages in Russian from {@code ValidationMessages}); which columns a plan or a report
 * needs is the use case's rule.
 */
public record EventRequest(Long submissionId,
        @Size(max = 100, message = "{event.sphere.size}") String sphere,
        @NotBlank(message = "{event.name.required}") @Size(max = EventInput.MAX_CELL_LENGTH, message = "{event.name.size}") String name,
        @Size(max = EventInput.MAX_CELL_LENGTH, message = "{event.place.size}") String place,
        @Size(max = EventInput.MAX_CELL_LENGTH, message = "{event.dates.size}") String dates,
        @Size(max = EventInput.MAX_CELL_LENGTH, message = "{event.description.size}") String description,
        @Size(max = EventInput.MAX_CELL_LENGTH, message = "{event.goal.size}") String goal,
        @Size(max = EventInput.MAX_CELL_LENGTH, message = "{event.outcome.size}") String outcome,
        @Size(max = EventInput.MAX_CELL_LENGTH, message = "{event.participants.size}") String participants) {

    EventInput input() {
        return new EventInput(sphere, name, place, dates, description, goal, outcome, participants);
    }
}
