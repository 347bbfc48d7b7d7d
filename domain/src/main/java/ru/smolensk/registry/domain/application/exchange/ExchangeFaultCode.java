package ru.smolensk.registry.domain.application.exchange;

import ru.smolensk.registry.domain.application.entry.EntryWriteRefused;
import ru.smolensk.registry.domain.application.entry.OutsideOrganisation;
import ru.smolensk.registry.domain.model.campaign.CampaignClosed;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.domain.model.submission.SubmissionLocked;

/** Machine-readable reasons why a whole exchange message is refused (or a single record rejected). */
public enum ExchangeFaultCode {
    /** The caller is not a partner system. */
    ACCESS_DENIED,
    /** The message or a record lacks a value or holds an invalid one. */
    INVALID_CONTENT,
    /** The message is larger than the configured limit. */
    TOO_LARGE,
    /** A message id is not a UUID. */
    MALFORMED_MESSAGE_ID,
    /** The message id was used before for other content. */
    DUPLICATE_MESSAGE_ID,
    /** The message id was used so long ago that its receipt is no longer kept. */
    STALE_MESSAGE_ID,
    /** No message with this id was received from the caller. */
    UNKNOWN_MESSAGE,
    /** No organisation has this code. */
    UNKNOWN_ORGANIZATION,
    /** No sphere of cooperation has this code. */
    UNKNOWN_SPHERE,
    /** The period code is malformed or does not suit the document kind. */
    UNKNOWN_PERIOD,
    /** A record id occurs twice in one message (record only). */
    DUPLICATE_RECORD,
    /** The record id is already used for another organisation, period or kind (record only). */
    RECORD_CONFLICT,
    /** The plan or report is submitted or approved and cannot change (record only). */
    SUBMISSION_LOCKED;

    /** The code of a record refused by a rule of writing entries (the one mapping of those rules to faults). */
    public static ExchangeFaultCode ofRule(DomainException refusal) {
        return switch (refusal.code()) {
            case SubmissionLocked.CODE, CampaignClosed.CODE -> SUBMISSION_LOCKED;
            case OutsideOrganisation.CODE, EntryWriteRefused.CODE, "access-denied" -> ACCESS_DENIED;
            default -> INVALID_CONTENT;
        };
    }
}
