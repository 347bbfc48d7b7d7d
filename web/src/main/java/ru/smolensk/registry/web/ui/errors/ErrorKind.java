package ru.smolensk.registry.web.ui.errors;

/** The errors the error page tells apart; each has its title and text in the messages ({@code error.title.<key>}). */
public enum ErrorKind {
    BAD_REQUEST("badRequest"), FORBIDDEN("forbidden"), NOT_FOUND("notFound"), METHOD_NOT_ALLOWED(
            "methodNotAllowed"), EXPIRED("expired"), SERVER("server"),
    /** The database is out of reach for a while (503): nothing was saved, try again in a few minutes. */
    UNAVAILABLE("unavailable");

    private final String key;

    ErrorKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The kind for a status code (a number or its text) and whether the cause was an expired page. */
    static ErrorKind of(Object statusCode, boolean viewExpired) {
        if (viewExpired) {
            return EXPIRED;
        }
        int status = statusCode instanceof Number n ? n.intValue() : parse(statusCode);
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401, 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 503 -> UNAVAILABLE;
            default -> SERVER;
        };
    }

    private static int parse(Object statusCode) {
        try {
            return statusCode == null ? 500 : Integer.parseInt(statusCode.toString());
        } catch (NumberFormatException e) {
            return 500;
        }
    }
}
