package ru.smolensk.registry.domain.model.shared;

/**
 * A broken business rule. Carries a stable machine code (for APIs and SOAP faults) and a message
 * in Russian that can be shown to people as it is.
 */
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;

    public DomainException(String code, String russianMessage) {
        super(russianMessage);
        this.code = code;
    }

    /** Stable machine-readable code, e.g. {@code invalid-period}. */
    public String code() {
        return code;
    }
}
