package ru.smolensk.registry.domain.model.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How well one verbatim field was normalized, with a Russian explanation when it was not. */
@Embeddable
public class FieldStatus {

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

    public ParseStatus status() {
        return status;
    }

    public String message() {
        return message;
    }
}
