package ru.smolensk.registry.domain.model.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How well one verbatim field was normalized, with a Russian explanation when it was not. */
@Embeddable
public class FieldStatus {

    /**
     * The field the status is of, a column of the status itself (not only a map key): EclipseLink tells the elements
     * of a collection of embeddables apart by their own columns only (eclipse-ee4j/eclipselink#2856), so two fields
     * with the same status and message were stored as one.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false)
    private EventField field;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ParseStatus status;

    @Column(name = "message", length = 1000)
    private String message;

    protected FieldStatus() {
    }

    public FieldStatus(ParseStatus status, String message) {
        this.status = status;
        this.message = message;
    }

    /** The same status of a field. */
    FieldStatus of(EventField ofField) {
        FieldStatus copy = new FieldStatus(status, message);
        copy.field = ofField;
        return copy;
    }

    EventField field() {
        return field;
    }

    public ParseStatus status() {
        return status;
    }

    public String message() {
        return message;
    }
}
