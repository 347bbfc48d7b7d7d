package ru.smolensk.registry.domain.application.exchange;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import ru.smolensk.registry.domain.model.submission.ApprovedSubmission;
import ru.smolensk.registry.domain.model.submission.Submission;

/**
 * A position in the changes feed: the approval time and id of the last approved submission a partner has seen,
 * written {@code 2026-03-01T10:15:30.123456+03:00~42}. An empty cursor starts from the beginning.
 */
public record ChangeCursor(OffsetDateTime decidedAt, long submissionId) {

    /** Before every approval. */
    public static final ChangeCursor START = new ChangeCursor(OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0,
            ZoneOffset.UTC), 0);

    private static final char SEPARATOR = '~';

    /** The cursor after the given approved submission. */
    public static ChangeCursor after(ApprovedSubmission submission) {
        return new ChangeCursor(submission.decidedAt(), submission.id());
    }

    /** Reads a cursor of an earlier answer; empty text is {@link #START}. */
    public static ChangeCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        int at = text.lastIndexOf(SEPARATOR);
        try {
            if (at < 0) {
                throw new IllegalArgumentException("no separator");
            }
            return new ChangeCursor(OffsetDateTime.parse(text.substring(0, at).strip()),
                    Long.parseLong(text.substring(at + 1).strip()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw invalid(text);
        }
    }

    /** The fault for a cursor the registry did not issue. */
    static ExchangeException invalid(String text) {
        return new ExchangeException(ExchangeFaultCode.INVALID_CURSOR, "Элемент Cursor: «" + text
                + "» не выдан реестром; ожидается NextCursor из предыдущего ответа GetChanges или пустое значение, "
                + "чтобы начать сначала");
    }

    /**
     * Whether the registry issued this cursor: it names an approved plan or report at the time of its approval (a
     * submission reopened and approved again since issues cursors with its new time).
     */
    boolean issuedFor(java.util.Optional<Submission> submission) {
        return submission.filter(s -> s.decidedAt() != null
                && s.decidedAt().toInstant().equals(decidedAt.toInstant())).isPresent();
    }

    public String text() {
        return decidedAt + String.valueOf(SEPARATOR) + submissionId;
    }
}
