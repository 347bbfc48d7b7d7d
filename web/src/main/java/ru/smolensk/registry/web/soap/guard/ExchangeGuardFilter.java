package ru.smolensk.registry.web.soap.guard;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.smolensk.registry.domain.application.exchange.ContentDigest;
import ru.smolensk.registry.domain.application.exchange.ExchangeFaultCode;
import ru.smolensk.registry.domain.application.exchange.ExchangeJournaling;
import ru.smolensk.registry.domain.application.exchange.ExchangeJournaling.ReceivedCall;
import ru.smolensk.registry.domain.application.exchange.ExchangeService;

/**
 * Guards the SOAP endpoints (after authentication): refuses a message larger than {@code exchange.max-message-bytes},
 * one that is not well-formed XML or declares a DTD, and one that breaks the contract's schema, each with a typed
 * {@code ExchangeFault}; then journals every received message the use cases do not journal themselves (answered
 * reads a moment later in batches, every refusal at once, with the message as received, size, SHA-256 digest and
 * fault code). Accepted SubmitEvents are journaled by the use case in its own transaction, with the message (handed
 * on as {@link ReceivedBody}) and the receipt that a repeated message gets.
 */
@WebFilter(urlPatterns = "/soap/*")
public class ExchangeGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ExchangeGuardFilter.class.getName());

    @Inject
    transient ExchangeJournaling journaling;

    @Inject
    transient ReadJournal reads;

    @Inject
    @ConfigProperty(name = "exchange.max-message-bytes", defaultValue = "5242880")
    long maxBytes;

    private transient ContractSchema schema;

    @Override
    public void init() {
        schema = new ContractSchema();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        OffsetDateTime receivedAt = OffsetDateTime.now();
        String partner = request.getRemoteUser();
        byte[] body;
        try {
            body = readBounded(request);
        } catch (Refusal refusal) {
            journal(partner, null, soapAction(request), receivedAt, Math.max(0, request.getContentLengthLong()),
                    ContentDigest.sha256(new byte[0]), null, refusal.code().name());
            SoapFaultWriter.write(response, refusal);
            return;
        }
        String digest = ContentDigest.sha256(body);
        String text = ReceivedBody.decode(body, request.getCharacterEncoding());
        InboundEnvelope envelope = null;
        if (isXml(request.getContentType())) {
            try {
                envelope = InboundEnvelope.read(body, schema);
                envelope.requireValid();
            } catch (Refusal refusal) {
                journal(partner, envelope, operation(envelope, request), receivedAt, body.length, digest, text,
                        refusal.code().name());
                SoapFaultWriter.write(response, refusal);
                return;
            }
        }
        ReceivedBody.handOn(request, text);
        ObservedResponse observed = new ObservedResponse(response);
        chain.doFilter(new BufferedRequest(request, body), observed);
        String operation = operation(envelope, request);
        String fault = observed.faultCode();
        boolean journaledByUseCase = fault == null && ExchangeService.SUBMIT_EVENTS.equals(operation)
                && !(envelope != null && envelope.isTest());
        if (journaledByUseCase) {
            return;
        }
        if (fault == null) {
            reads.add(call(partner, envelope, operation, receivedAt, body.length, digest, text, null));
        } else {
            journal(partner, envelope, operation, receivedAt, body.length, digest, text, fault);
        }
    }

    private byte[] readBounded(HttpServletRequest request) throws IOException, Refusal {
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            throw tooLarge();
        }
        return body;
    }

    private Refusal tooLarge() {
        return new Refusal(ExchangeFaultCode.TOO_LARGE, "Сообщение больше допустимых " + maxBytes / 1024
                + " КБ; разделите записи на несколько сообщений");
    }

    private void journal(String partner, InboundEnvelope envelope, String operation, OffsetDateTime receivedAt,
            long size, String digest, String text, String fault) {
        try {
            journaling.record(call(partner, envelope, operation, receivedAt, size, digest, text, fault));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Exchange message of " + partner + " not journaled", e);
        }
    }

    private static ReceivedCall call(String partner, InboundEnvelope envelope, String operation,
            OffsetDateTime receivedAt, long size, String digest, String text, String fault) {
        return new ReceivedCall(partner, envelope == null ? null : envelope.messageId(),
                envelope == null ? null : envelope.referenceMessageId(), operation, receivedAt, size, digest, text,
                fault, OffsetDateTime.now());
    }

    private static boolean isXml(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/xml") || type.startsWith("application/soap+xml");
    }

    /** The operation: the body's element, else the one the SOAPAction header names. */
    private static String operation(InboundEnvelope envelope, HttpServletRequest request) {
        return envelope == null ? soapAction(request) : envelope.operation();
    }

    /** The operation named by the SOAPAction header ({@code "urn:…:Operation"}), when the body was not parsed. */
    private static String soapAction(HttpServletRequest request) {
        String action = request.getHeader("SOAPAction");
        if (action == null || action.isBlank()) {
            return null;
        }
        String bare = action.replace("\"", "").strip();
        return bare.substring(Math.max(bare.lastIndexOf(':'), bare.lastIndexOf('/')) + 1);
    }
}
