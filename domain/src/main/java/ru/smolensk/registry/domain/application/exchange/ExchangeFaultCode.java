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
    SUBMISSION_LOCKED,
    /** The record's period lies beyond the next period of its kind (record only). */
    FUTURE_PERIOD,
    /** The dates of an accepted record lie outside its period (a warning of an accepted record). */
    DATES_OUTSIDE_PERIOD,
    /** No credentials, or wrong ones. */
    AUTHENTICATION_REQUIRED,
    /** The body's element is not an operation of the contract. */
    UNKNOWN_OPERATION,
    /** The SOAPAction header names another operation than the body's element. */
    INVALID_SOAP_ACTION,
    /** The envelope is not SOAP 1.1, the version of the contract. */
    VERSION_MISMATCH,
    /** A header block the registry does not understand is marked mustUnderstand. */
    MUST_UNDERSTAND,
    /** The header's Sender is not the system code registered for the account. */
    INVALID_SENDER,
    /** The header's Recipient is not the registry's system code. */
    INVALID_RECIPIENT,
    /** The header's Timestamp has no zone or lies too far from the registry's clock. */
    INVALID_TIMESTAMP,
    /** The header's ReferenceMessageId names no message this partner exchanged. */
    UNKNOWN_REFERENCE,
    /** The message is not signed, or its signature does not verify or does not cover the body, header and timestamp. */
    INVALID_SIGNATURE,
    /** The signing certificate is not bound to the caller's partner account. */
    UNKNOWN_CERTIFICATE,
    /** The signing certificate is expired, not yet valid or revoked. */
    EXPIRED_CERTIFICATE,
    /** The signature's timestamp is missing, too old (a replay) or in the future. */
    STALE_TIMESTAMP,
    /** GetChanges got a cursor the registry did not issue. */
    INVALID_CURSOR,
    /** The registry failed; the partner may send the message again later. */
    INTERNAL_ERROR;

    /** Whether the fault is the registry's ({@code soap:Server}) rather than the partner's ({@code soap:Client}). */
    public boolean isServerSide() {
        return this == INTERNAL_ERROR;
    }

    /** The code of a record refused by a rule of writing entries (the one mapping of those rules to faults). */
    public static ExchangeFaultCode ofRule(DomainException refusal) {
        return switch (refusal.code()) {
            case SubmissionLocked.CODE, CampaignClosed.CODE -> SUBMISSION_LOCKED;
            case OutsideOrganisation.CODE, EntryWriteRefused.CODE, "access-denied" -> ACCESS_DENIED;
            default -> INVALID_CONTENT;
        };
    }
}
