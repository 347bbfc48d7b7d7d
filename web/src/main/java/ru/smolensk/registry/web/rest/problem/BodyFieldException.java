package ru.smolensk.registry.web.rest.problem;

import jakarta.json.bind.JsonbException;

/** A field of a JSON request body whose value has the wrong type: answered as malformed JSON naming the field. */
public class BodyFieldException extends JsonbException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /** {@code expected}: the type wanted, in Russian (e.g. «целое число»). */
    public BodyFieldException(String field, String expected) {
        super("Поле «" + field + "»: ожидается " + expected);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
