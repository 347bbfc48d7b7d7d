package ru.smolensk.registry.domain.application;

import ru.smolensk.registry.domain.model.shared.DomainException;

/** The requested object does not exist or is not visible to the caller (HTTP 404). */
public class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String russianMessage) {
        super("not-found", russianMessage);
    }

    /**
     * An entry that does not exist (or is not visible): its row number is unknown, and its database id means nothing
     * to a person, so the message names neither.
     */
    public static NotFoundException entry() {
        return new NotFoundException("Мероприятие не найдено: возможно, оно удалено или недоступно вашей организации");
    }
}
