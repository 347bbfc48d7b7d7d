package ru.smolensk.registry.domain.application.exchange;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

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
    public static ChangeCursor after(Submission submission) {
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
            throw new ExchangeException(ExchangeFaultCode.INVALID_CONTENT, "Неверный курсор изменений «" + text
                    + "»: укажите NextCursor из предыдущего ответа или ничего, чтобы начать сначала");
        }
    }

    public String text() {
        return decidedAt + String.valueOf(SEPARATOR) + submissionId;
    }
}
