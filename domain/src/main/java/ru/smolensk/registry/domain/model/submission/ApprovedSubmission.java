package ru.smolensk.registry.domain.model.submission;

import java.time.OffsetDateTime;

/**
 * The place of an approved submission in the changes feed: its id and approval time, all that the feed's keyset
 * needs, so that a page of the feed builds no submission.
 */
public record ApprovedSubmission(long id, OffsetDateTime decidedAt) {
}
