package ru.smolensk.registry.integration.exchange;

import java.time.LocalDate;
import java.util.List;

import ru.smolensk.registry.domain.application.exchange.EventFilter;
import ru.smolensk.registry.domain.application.exchange.ExchangedChanges;
import ru.smolensk.registry.domain.application.exchange.ExchangedEvent;
import ru.smolensk.registry.domain.application.exchange.ExchangedEventPage;
import ru.smolensk.registry.domain.application.exchange.IncomingRecord;
import ru.smolensk.registry.domain.application.exchange.MessageHeader;
import ru.smolensk.registry.domain.application.exchange.MessageStatus;
import ru.smolensk.registry.domain.application.exchange.Receipt;
import ru.smolensk.registry.domain.application.exchange.RecordResult;
import ru.smolensk.registry.domain.model.event.OfficialColumns;

/** Maps the SOAP messages of the contract to the exchange use cases and back. */
public final class ExchangeMessages {

    /** The page size of GetEvents when the request names none. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    private ExchangeMessages() {
    }

    public static MessageHeader header(ExchangeHeader header) {
        if (header == null) {
            return null;
        }
        return new MessageHeader(canonical(header.messageId), canonical(header.referenceMessageId), header.sender,
                header.recipient, header.timestamp, Boolean.TRUE.equals(header.testMessage));
    }

    /** A message id as the registry keeps it: stripped and in lower case (UUIDs compare without case). */
    public static String canonical(String messageId) {
        return messageId == null ? null : messageId.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public static List<IncomingRecord> records(SubmitEvents request) {
        if (request == null || request.records == null) {
            return List.of();
        }
        return request.records.stream().map(ExchangeMessages::record).toList();
    }

    private static IncomingRecord record(EventRecord r) {
        RecordColumns c = r.columns;
        OfficialColumns columns = c == null
                ? null
                : new OfficialColumns(c.name, c.place, c.dates, c.description, c.goal, c.outcome, c.participants);
        return new IncomingRecord(r.recordId, r.kind, r.level, r.period, r.organizationCode, r.sphereCode, columns);
    }

    public static SubmitEventsResponse receipt(Receipt receipt) {
        SubmitEventsResponse response = new SubmitEventsResponse();
        response.replayed = receipt.replayed();
        for (RecordResult result : receipt.results()) {
            RecordOutcome outcome = new RecordOutcome();
            outcome.recordId = result.recordId();
            outcome.status = result.status().name();
            outcome.entryId = result.entryId();
            outcome.code = result.code();
            outcome.message = result.message();
            response.results.add(outcome);
        }
        return response;
    }

    public static EventFilter filter(GetEvents request) {
        GetEvents r = request == null ? new GetEvents() : request;
        return new EventFilter(r.period, r.periodTo, r.kind, r.level, r.organizationCode, r.countryCode, r.sphereCode,
                r.status, r.page == null ? 0 : r.page, r.pageSize == null ? DEFAULT_PAGE_SIZE : r.pageSize);
    }

    public static GetEventsResponse events(ExchangedEventPage page) {
        GetEventsResponse response = new GetEventsResponse();
        response.total = page.total();
        response.page = page.page();
        response.pageSize = page.size();
        page.events().stream().map(ExchangeMessages::event).forEach(response.events::add);
        return response;
    }

    /** The answer of GetChanges. */
    public static GetChangesResponse changes(ExchangedChanges changes) {
        GetChangesResponse response = new GetChangesResponse();
        response.nextCursor = changes.nextCursor();
        response.more = changes.more();
        changes.events().forEach(e -> response.events.add(event(e)));
        return response;
    }

    private static EventData event(ExchangedEvent e) {
        EventData data = new EventData();
        data.id = e.id();
        data.sourceSystem = e.sourceSystem();
        data.sourceRecordId = e.sourceRecordId();
        data.kind = e.kind().name();
        data.level = e.level().name();
        data.period = e.period();
        data.organizationCode = e.organizationCode();
        data.sphereCode = e.sphereCode();
        data.columns = columns(e.columns());
        data.startDate = text(e.start());
        data.endDate = text(e.end());
        return data;
    }

    static RecordColumns columns(OfficialColumns c) {
        RecordColumns columns = new RecordColumns();
        columns.name = c.name();
        columns.place = c.place();
        columns.dates = c.dates();
        columns.description = c.description();
        columns.goal = c.goal();
        columns.outcome = c.outcome();
        columns.participants = c.participants();
        return columns;
    }

    public static GetMessageStatusResponse status(MessageStatus status) {
        GetMessageStatusResponse response = new GetMessageStatusResponse();
        response.messageId = status.messageId();
        response.operation = status.operation();
        response.status = status.status().name();
        response.receivedAt = status.receivedAt().toString();
        response.answeredAt = status.answeredAt() == null ? null : status.answeredAt().toString();
        response.faultCode = status.faultCode();
        response.testMessage = status.test() ? Boolean.TRUE : null;
        return response;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
