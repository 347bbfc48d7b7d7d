package ru.smolensk.registry.domain.application.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.smolensk.registry.domain.model.shared.InvalidFieldException;
import ru.smolensk.registry.domain.model.submission.DocumentKind;

/** The official columns a plan or report entry must have, and the longest text a cell may hold. */
final class EventInputRules {

    static final int MAX_CELL_LENGTH = EventInput.MAX_CELL_LENGTH;
    static final int MAX_AGREEMENT_LENGTH = 2000;

    private EventInputRules() {
    }

    static void check(EventInput input, DocumentKind kind) {
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
        for (Map.Entry<String, String> field : required.entrySet()) {
            if (field.getValue() == null || field.getValue().isBlank()) {
                throw new InvalidFieldException(field.getKey(), "Не заполнено поле «" + label(field.getKey()) + "»");
            }
        }
        Map<String, String> all = new LinkedHashMap<>(required);
        all.put("description", input.description());
        all.put("goal", input.goal());
        all.put("outcome", input.outcome());
        for (Map.Entry<String, String> field : all.entrySet()) {
            if (field.getValue() != null && field.getValue().length() > MAX_CELL_LENGTH) {
                throw new InvalidFieldException(field.getKey(), "Поле «" + label(field.getKey())
                        + "» длиннее " + MAX_CELL_LENGTH + " символов");
            }
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
