package ru.smolensk.registry.web.soap.guard;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.ServletRequest;

import ru.smolensk.registry.integration.exchange.ExchangeContract;
import ru.smolensk.registry.integration.exchange.ExchangeHeader;

/**
 * The header of the registry's answer to one request, answer or fault alike: its own new message id, the request's
 * message id as ReferenceMessageId (when it could be read as a UUID), Sender and Recipient swapped (the registry's code,
 * the partner's Sender or else its registered code), the server's time and the request's test flag. Made once per
 * request by the guard and kept as a request attribute, so that the endpoint, the fault handler and the journal use
 * the same one.
 */
public final class AnswerHeader {

    private static final String ATTRIBUTE = AnswerHeader.class.getName();
    private static final Pattern UUID_TEXT = Pattern
            .compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final String messageId = UUID.randomUUID().toString();
    private final String referenceMessageId;
    private final String sender;
    private final String recipient;
    private final OffsetDateTime timestamp = OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS);
    private final boolean test;

    AnswerHeader(String requestMessageId, String registryCode, String partnerSystem, boolean test) {
        this.referenceMessageId = requestMessageId != null && UUID_TEXT.matcher(requestMessageId).matches()
                ? requestMessageId
                : null;
        this.sender = registryCode;
        this.recipient = partnerSystem;
        this.test = test;
    }

    void handOn(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** The answer header made for this request by the guard, or null outside it. */
    public static AnswerHeader of(ServletRequest request) {
        return request == null ? null : request.getAttribute(ATTRIBUTE) instanceof AnswerHeader h ? h : null;
    }

    public String messageId() {
        return messageId;
    }

    /** As the contract's bean, for the endpoint's header holder. */
    public ExchangeHeader toBean() {
        ExchangeHeader header = new ExchangeHeader();
        header.messageId = messageId;
        header.referenceMessageId = referenceMessageId;
        header.sender = sender;
        header.recipient = recipient;
        header.timestamp = timestamp.toString();
        header.testMessage = test ? Boolean.TRUE : null;
        return header;
    }

    /** As XML, for a fault written without the SOAP stack or added by the fault handler. */
    public String toXml() {
        return "<x:ExchangeHeader xmlns:x=\"" + ExchangeContract.NAMESPACE + "\"><x:MessageId>" + messageId
                + "</x:MessageId>"
                + (referenceMessageId == null
                        ? ""
                        : "<x:ReferenceMessageId>" + referenceMessageId
                                + "</x:ReferenceMessageId>")
                + "<x:Sender>" + SoapFaultWriter.escape(sender) + "</x:Sender><x:Recipient>"
                + SoapFaultWriter.escape(recipient) + "</x:Recipient><x:Timestamp>" + timestamp + "</x:Timestamp>"
                + (test ? "<x:TestMessage>true</x:TestMessage>" : "") + "</x:ExchangeHeader>";
    }
}
