package ru.smolensk.registry.domain.application.exchange;

/** The outcome for one received record: its entry id when stored, code and Russian message when rejected. */
public record RecordResult(String recordId, RecordStatus status, Long entryId, String code, String message) {

    static RecordResult accepted(String recordId, RecordStatus status, Long entryId) {
        return new RecordResult(recordId, status, entryId, null, null);
    }

    static RecordResult rejected(String recordId, ExchangeFaultCode code, String message) {
        return new RecordResult(recordId, RecordStatus.REJECTED, null, code.name(), message);
    }
}
