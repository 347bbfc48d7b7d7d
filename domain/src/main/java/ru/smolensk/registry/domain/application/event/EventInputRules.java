package ru.smolensk.registry.domain.application.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.smolensk.registry.domain.model.shared.InvalidFieldException;
import ru.smolensk.registry.domain.model.shared.InvalidFieldsException;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/** The official columns a plan or report entry must have, and the longest text a cell may hold. */
final class EventInputRules {

    static final int MAX_CELL_LENGTH = EventInput.MAX_CELL_LENGTH;
    static final int MAX_AGREEMENT_LENGTH = 2000;

    private EventInputRules() {
    }

    /**
     * Every required column filled and no cell too long; a regional entry names its sphere.
     *
     * @throws InvalidFieldsException with every field's error at once
     */
    static void check(EventInput input, DocumentKind kind, Level level) {
        Map<String, String> required = new LinkedHashMap<>();
        required.put("name", input.name());
        required.put("place", input.place());
        required.put("dates", input.dates());
        if (kind == DocumentKind.PLAN) {
            required.put("description", input.description());
            required.put("goal", input.goal());
        } else {
            required.put("outcome", input.outcome());
        }
        required.put("participants", input.participants());
        List<InvalidFieldsException.FieldError> errors = new ArrayList<>();
        if (level == Level.REGIONAL && (input.sphereCode() == null || input.sphereCode().isBlank())) {
            errors.add(new InvalidFieldsException.FieldError("sphere",
                    "Укажите сферу сотрудничества (раздел регионального документа)"));
        }
        for (Map.Entry<String, String> field : required.entrySet()) {
            if (field.getValue() == null || field.getValue().isBlank()) {
                errors.add(new InvalidFieldsException.FieldError(field.getKey(), "Не заполнено поле «"
                        + label(field.getKey()) + "»"));
            }
        }
        Map<String, String> all = new LinkedHashMap<>(required);
        all.put("description", input.description());
        all.put("goal", input.goal());
        all.put("outcome", input.outcome());
        for (Map.Entry<String, String> field : all.entrySet()) {
            if (field.getValue() != null && field.getValue().length() > MAX_CELL_LENGTH) {
                errors.add(new InvalidFieldsException.FieldError(field.getKey(), "Поле «" + label(field.getKey())
                        + "» длиннее " + MAX_CELL_LENGTH + " символов"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    /** Agreements entered by hand: reports only, each with a kind and a title. */
    static void checkAgreements(List<AgreementInput> agreements, DocumentKind kind) {
        if (!agreements.isEmpty() && kind != DocumentKind.REPORT) {
            throw new InvalidFieldException("agreements", "Подписанные документы указываются только в отчете");
        }
        for (AgreementInput a : agreements) {
            if (a.type() == null) {
                throw new InvalidFieldException("agreements", "Укажите вид подписанного документа");
            }
            if (a.title() == null || a.title().isBlank()) {
                throw new InvalidFieldException("agreements", "Укажите название подписанного документа");
            }
            if (a.title().length() > MAX_AGREEMENT_LENGTH
                    || a.parties() != null && a.parties().length() > MAX_AGREEMENT_LENGTH) {
                throw new InvalidFieldException("agreements", "Название или стороны документа длиннее "
                        + MAX_AGREEMENT_LENGTH + " символов");
            }
        }
    }

    static String label(String field) {
        return switch (field) {
            case "name" -> "Наименование мероприятия";
            case "place" -> "Место проведения мероприятия";
            case "dates" -> "Сроки проведения мероприятия";
            case "description" -> "Описание мероприятия";
            case "goal" -> "Цель проведения мероприятия";
            case "outcome" -> "Цель, содержание и результат мероприятия";
            case "participants" -> "Участники мероприятия";
            case "sphere" -> "Сфера сотрудничества";
            default -> field;
        };
    }
}
