package ru.smolensk.registry.web.soap.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;

import ru.smolensk.registry.domain.application.exchange.ExchangeFaultCode;
import ru.smolensk.registry.integration.exchange.ExchangeContract;

/**
 * Answers a refusal as a SOAP 1.1 fault with the contract's {@code ExchangeFault} detail, like the endpoint:
 * {@code soap:Client} for the partner's mistakes ({@code soap:VersionMismatch} and {@code soap:MustUnderstand} for
 * those of SOAP itself), {@code soap:Server} for the registry's; with the answer header when the request's header
 * could be read.
 */
public final class SoapFaultWriter {

    private SoapFaultWriter() {
    }

    static void write(HttpServletResponse response, Refusal refusal, AnswerHeader header) throws IOException {
        write(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, refusal.code(), refusal.getMessage(), header);
    }

    /** Writes a fault with the HTTP status (500 for SOAP faults; 401 and 403 for the container's refusals). */
    public static void write(HttpServletResponse response, int status, ExchangeFaultCode code, String text,
            AnswerHeader header) throws IOException {
        write(response, status, code, text, header, UnaryOperator.identity());
    }

    /** Writes a fault signed by the given signer; the envelope as sent. */
    static byte[] write(HttpServletResponse response, int status, ExchangeFaultCode code, String text,
            AnswerHeader header, UnaryOperator<byte[]> signer) throws IOException {
        byte[] bytes = signer.apply(envelope(code, text, header).getBytes(StandardCharsets.UTF_8));
        response.setStatus(status);
        response.setContentType("text/xml; charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
        return bytes;
    }

    /** The SOAP 1.1 {@code faultcode} of a fault code. */
    public static String faultCode(ExchangeFaultCode code) {
        return switch (code) {
            case VERSION_MISMATCH -> "VersionMismatch";
            case MUST_UNDERSTAND -> "MustUnderstand";
            default -> code.isServerSide() ? "Server" : "Client";
        };
    }

    static String envelope(ExchangeFaultCode code, String text, AnswerHeader header) {
        String message = escape(text);
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + (header == null ? "" : "<soap:Header>" + header.toXml() + "</soap:Header>") + "<soap:Body>"
                + body(code, message) + "</soap:Body></soap:Envelope>";
    }

    /** The SOAP body's fault element, as the journal keeps an answer. */
    static String body(ExchangeFaultCode code, String escapedMessage) {
        return "<soap:Fault xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><faultcode>soap:"
                + faultCode(code) + "</faultcode><faultstring xml:lang=\"ru\">" + escapedMessage + "</faultstring>"
                + "<detail><x:ExchangeFault xmlns:x=\"" + ExchangeContract.NAMESPACE + "\"><x:Code>" + code.name()
                + "</x:Code><x:Message>" + escapedMessage + "</x:Message></x:ExchangeFault></detail></soap:Fault>";
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
