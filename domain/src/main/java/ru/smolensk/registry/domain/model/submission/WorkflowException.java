package ru.smolensk.registry.domain.model.submission;

import ru.smolensk.registry.domain.model.shared.DomainException;

/** A workflow step that is not allowed in the current state (HTTP 409). */
public class WorkflowException extends DomainException {
    private static final long serialVersionUID = 1L;

    public WorkflowException(String russianMessage) {
        super("workflow-conflict", russianMessage);
    }

    /** A more specific conflict with its own code. */
    protected WorkflowException(String code, String russianMessage) {
        super(code, russianMessage);
    }
}
