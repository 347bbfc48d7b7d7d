package ru.smolensk.registry.domain.normalization;

import ru.smolensk.registry.domain.model.event.EventField;

/**
 * Something a row's text did not say clearly (in Russian), e.g. a date read only approximately.
 *
 * @param row the row number as printed in the document, or null
 * @param field the column
 * @param code a stable machine code
 */
public record RowWarning(String row, EventField field, String code, String message) {
}
