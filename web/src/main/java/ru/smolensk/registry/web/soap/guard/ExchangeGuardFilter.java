package ru.smolensk.registry.web.soap.guard;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import ru.smolensk.registry.domain.application.exchange.ExchangeJournaling.SignatureEvidence;
import ru.smolensk.registry.domain.application.exchange.ExchangeService;
import ru.smolensk.registry.domain.application.exchange.PartnerPermissions;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.integration.exchange.ExchangeContract;

/**
 * Guards the SOAP endpoints (after authentication), whatever the packaging of a request (text/xml, a SOAP 1.2
 * envelope, multipart/related with XOP: its root part): refuses a caller without the role EXCHANGE, a message larger
 * than {@code exchange.max-message-bytes}, one that is not well-formed XML or declares a DTD, a SOAP 1.2 envelope, an
 * unknown operation, a SOAPAction naming another operation, a header block marked {@code mustUnderstand} other than
 * the contract's, and one that breaks the contract's schema, each with a typed {@code ExchangeFault} — before any
 * processing. Then it journals every request once, with the message as received, size, SHA-256 of the received bytes,
 * outcome, test flag and the answer as sent (answered reads a moment later in batches, everything else at once; an
 * accepted SubmitEvents is journaled by the use case in its transaction and completed here with its answer).
 */
@WebFilter(urlPatterns = "/soap/*")
public class ExchangeGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ExchangeGuardFilter.class.getName());
    private static final Pattern SYSTEM_CODE = Pattern.compile("[A-Za-z0-9._\\-]{1,100}");
    /** The request attribute by which the endpoint tells that a SubmitEvents was answered as a replay. */
    public static final String REPLAYED = ExchangeGuardFilter.class.getName() + ".replayed";

    @Inject
    transient ExchangeJournaling journaling;

    @Inject
    transient ReadJournal reads;

    @Inject
    transient PartnerPermissions partners;

    @Inject
    transient SignatureGuard signatures;

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
        if ("GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Received received = new Received(request.getRemoteUser(), OffsetDateTime.now());
        if (!request.isUserInRole(Role.EXCHANGE.name())) {
            received.size = Math.max(0, request.getContentLengthLong());
            refuse(response, received, null, HttpServletResponse.SC_FORBIDDEN, new Refusal(
                    ExchangeFaultCode.ACCESS_DENIED, "Учетной записи «" + received.partner
                            + "» обмен не разрешен: операции доступны только системам-партнерам (роль EXCHANGE)"));
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            refuse(response, received, null, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    new Refusal(ExchangeFaultCode.UNKNOWN_OPERATION, "Метод HTTP " + request.getMethod()
                            + " не поддерживается; сообщения SOAP передаются методом POST"));
            return;
        }
        byte[] body;
        try {
            body = readBounded(request);
        } catch (Refusal refusal) {
            received.size = Math.max(0, request.getContentLengthLong());
            received.operation = soapAction(request);
            refuse(response, received, null, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, refusal);
            return;
        }
        received.size = body.length;
        received.digest = ContentDigest.sha256(body);
        received.text = ReceivedBody.decode(body, request.getCharacterEncoding());
        InboundEnvelope envelope = null;
        AnswerHeader answer = null;
        try {
            byte[] root = envelopeOf(body, request);
            envelope = InboundEnvelope.read(root, schema);
            answer = answerHeader(envelope, received.partner);
            received.operation = envelope.operation();
            envelope.requireValid();
            checkSoapAction(request, envelope.operation());
            received.signature = signatures.check(root, received.partner);
        } catch (Refusal refusal) {
            if (refusal instanceof SignatureGuard.Refused signature) {
                received.signature = signature.evidence();
            }
            if (received.operation == null) {
                received.operation = soapAction(request);
            }
            refuse(response, received, envelope, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, refusal, answer);
            return;
        }
        answer.handOn(request);
        ReceivedBody.handOn(request, received.text, received.digest);
        ObservedResponse observed = new ObservedResponse(response);
        chain.doFilter(new BufferedRequest(request, body), observed);
        observed.send(signed(observed.written(), observed.getContentType(), received));
        String fault = observed.faultCode();
        ReceivedCall call = call(received, envelope, fault, observed.answer(), answer.messageId());
        if (fault == null && ExchangeService.SUBMIT_EVENTS.equals(received.operation) && !envelope.isTest()) {
            journal(() -> journaling.recordAccepted(call, Boolean.TRUE.equals(request.getAttribute(REPLAYED))));
        } else if (fault == null) {
            reads.add(call);
        } else {
            journal(() -> journaling.record(call));
        }
    }

    /**
     * The answer signed with the registry's key: the envelope, or the root part of an MTOM answer (the attachments are
     * referenced from it, not covered); the signed envelope is kept for the journal.
     */
    private byte[] signed(byte[] answer, String contentType, Received received) {
        try {
            if (MultipartRoot.isMultipart(contentType)) {
                byte[] root = signatures.signAnswer(MultipartRoot.of(answer, contentType));
                received.answerEnvelope = ObservedResponse.text(root);
                return MultipartRoot.replaceRoot(answer, contentType, root);
            }
        } catch (Refusal unreadable) {
            LOG.warning("Exchange answer not signed: its multipart root cannot be read");
            return answer;
        }
        byte[] signed = signatures.signAnswer(answer);
        received.answerEnvelope = ObservedResponse.text(signed);
        return signed;
    }

    /** The SOAP envelope of a request: the body, or the root part of a multipart/related (MTOM/XOP) one. */
    private static byte[] envelopeOf(byte[] body, HttpServletRequest request) throws Refusal {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (MultipartRoot.isMultipart(type)) {
            return MultipartRoot.of(body, request.getContentType());
        }
        if (type.startsWith("application/soap+xml")) {
            throw new Refusal(ExchangeFaultCode.VERSION_MISMATCH, "Сообщения SOAP 1.2 (Content-Type "
                    + "application/soap+xml) не поддерживаются; ожидается SOAP 1.1 с Content-Type text/xml");
        }
        if (!type.startsWith("text/xml")) {
            throw new Refusal(ExchangeFaultCode.INVALID_CONTENT, "Content-Type «" + request.getContentType()
                    + "» не поддерживается; ожидается text/xml (SOAP 1.1) или multipart/related (MTOM/XOP)");
        }
        return body;
    }

    /** A SOAPAction, when given, must name the body's operation (an empty one leaves it to the body). */
    private static void checkSoapAction(HttpServletRequest request, String operation) throws Refusal {
        String action = request.getHeader("SOAPAction");
        if (action == null && MultipartRoot.isMultipart(request.getContentType())) {
            action = actionParameter(request.getContentType());
        }
        if (action == null || action.replace("\"", "").isBlank()) {
            return;
        }
        String expected = ExchangeContract.NAMESPACE + ":" + operation;
        if (!expected.equals(action.replace("\"", "").strip())) {
            throw new Refusal(ExchangeFaultCode.INVALID_SOAP_ACTION, "Заголовок HTTP SOAPAction: указано "
                    + action + ", а тело сообщения — операция " + operation + "; ожидается \"" + expected
                    + "\" или пустое значение");
        }
    }

    private static String actionParameter(String contentType) {
        Matcher m = Pattern.compile("(?i)action=\"([^\"]*)\"").matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    private AnswerHeader answerHeader(InboundEnvelope envelope, String partner) {
        String registered = partners.systemCode(partner);
        String sender = envelope.sender();
        return new AnswerHeader(envelope.messageId(), partners.registryCode(),
                sender != null && SYSTEM_CODE.matcher(sender).matches() ? sender : registered, envelope.isTest());
    }

    private void refuse(HttpServletResponse response, Received received, InboundEnvelope envelope, int status,
            Refusal refusal) throws IOException {
        refuse(response, received, envelope, status, refusal, null);
    }

    private void refuse(HttpServletResponse response, Received received, InboundEnvelope envelope, int status,
            Refusal refusal, AnswerHeader answer) throws IOException {
        received.answerEnvelope = ObservedResponse.text(SoapFaultWriter.write(response, status, refusal.code(),
                refusal.getMessage(), answer, signatures::signAnswer));
        ReceivedCall call = call(received, envelope, refusal.code().name(),
                SoapFaultWriter.body(refusal.code(), SoapFaultWriter.escape(refusal.getMessage())),
                answer == null ? null : answer.messageId());
        journal(() -> journaling.record(call));
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

    private static void journal(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Exchange message not journaled", e);
        }
    }

    private static ReceivedCall call(Received received, InboundEnvelope envelope, String fault, String answer,
            String answerId) {
        return new ReceivedCall(received.partner, envelope == null ? null : envelope.messageId(),
                envelope == null ? null : envelope.referenceMessageId(), received.operation, received.at,
                received.size, received.digest, received.text, fault, OffsetDateTime.now(),
                envelope != null && envelope.isTest(), answer, answerId, received.signature, received.answerEnvelope);
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

    /** What is known of a received request so far. */
    private static final class Received {
        private final String partner;
        private final OffsetDateTime at;
        private long size;
        private String digest = ContentDigest.sha256(new byte[0]);
        private String text;
        private String operation;
        private SignatureEvidence signature;
        private String answerEnvelope;

        Received(String partner, OffsetDateTime at) {
            this.partner = partner;
            this.at = at;
        }
    }
}
