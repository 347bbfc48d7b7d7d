package ru.smolensk.registry.web.soap.guard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
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

import ru.smolensk.registry.domain.application.exchange.ExchangeFaultCode;
import ru.smolensk.registry.domain.application.exchange.ExchangeJournaling;
import ru.smolensk.registry.domain.application.exchange.ExchangeJournaling.ReceivedCall;
import ru.smolensk.registry.domain.application.exchange.ExchangeService;

/**
 * Guards the SOAP endpoints (after authentication): refuses a message larger than {@code exchange.max-message-bytes},
 * one that is not well-formed XML or declares a DTD, and one that breaks the contract's schema, each with a typed
 * {@code ExchangeFault}; then journals every received message the use cases do not journal themselves (answered
 * reads a moment later in batches, every refusal at once, with size, SHA-256 digest and fault code). Accepted
 * SubmitEvents are journaled by the use case in its own transaction, with the receipt that a repeated message gets.
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
                    sha256(new byte[0]), refusal.code().name());
            SoapFaultWriter.write(response, refusal);
            return;
        }
        InboundEnvelope envelope = null;
        if (isXml(request.getContentType())) {
            try {
                envelope = InboundEnvelope.parse(body);
                schema.validate(envelope);
            } catch (Refusal refusal) {
                journal(partner, envelope, envelope == null ? soapAction(request) : envelope.operation(), receivedAt,
                        body.length, sha256(body), refusal.code().name());
                SoapFaultWriter.write(response, refusal);
                return;
            }
        }
        ObservedResponse observed = new ObservedResponse(response);
        chain.doFilter(new BufferedRequest(request, body), observed);
        String operation = envelope == null ? soapAction(request) : envelope.operation();
        String fault = observed.faultCode();
        boolean journaledByUseCase = fault == null && ExchangeService.SUBMIT_EVENTS.equals(operation)
                && !(envelope != null && envelope.isTest());
        if (journaledByUseCase) {
            return;
        }
        if (fault == null) {
            reads.add(call(partner, envelope, operation, receivedAt, body.length, sha256(body), null));
        } else {
            journal(partner, envelope, operation, receivedAt, body.length, sha256(body), fault);
        }
    }

    private byte[] readBounded(HttpServletRequest request) throws IOException, Refusal {
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(
                (int) Math.max(1024, Math.min(maxBytes, request.getContentLengthLong())));
        byte[] buffer = new byte[16384];
        try (InputStream in = request.getInputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                body.write(buffer, 0, n);
                if (body.size() > maxBytes) {
                    throw tooLarge();
                }
            }
        }
        return body.toByteArray();
    }

    private Refusal tooLarge() {
        return new Refusal(ExchangeFaultCode.TOO_LARGE, "Сообщение больше допустимых " + maxBytes / 1024
                + " КБ; разделите записи на несколько сообщений");
    }

    private void journal(String partner, InboundEnvelope envelope, String operation, OffsetDateTime receivedAt,
            long size, String digest, String fault) {
        try {
            journaling.record(call(partner, envelope, operation, receivedAt, size, digest, fault));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Exchange message of " + partner + " not journaled", e);
        }
    }

    private static ReceivedCall call(String partner, InboundEnvelope envelope, String operation,
            OffsetDateTime receivedAt, long size, String digest, String fault) {
        return new ReceivedCall(partner, envelope == null ? null : envelope.messageId(),
                envelope == null ? null : envelope.referenceMessageId(), operation, receivedAt, size, digest, fault,
                OffsetDateTime.now());
    }

    private static boolean isXml(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/xml") || type.startsWith("application/soap+xml");
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

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
