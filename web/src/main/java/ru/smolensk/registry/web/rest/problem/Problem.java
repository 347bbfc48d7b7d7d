package ru.smolensk.registry.web.rest.problem;

import java.util.List;

/**
 * An error as {@code application/problem+json} (RFC 9457): a stable {@code type}/{@code code} for
 * machines, a Russian {@code detail} for people, and field errors where input was invalid.
 */
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input field. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem("urn:registry:problem:" + code, title, status, detail, code, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, code, List.copyOf(fieldErrors));
    }
}
