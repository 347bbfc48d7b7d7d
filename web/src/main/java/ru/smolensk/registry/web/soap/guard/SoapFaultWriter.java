package ru.smolensk.registry.web.soap.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import ru.smolensk.registry.integration.exchange.ExchangeContract;

/** Answers a refusal as a SOAP 1.1 fault with the contract's {@code ExchangeFault} detail, like the endpoint. */
final class SoapFaultWriter {

    private SoapFaultWriter() {
    }

    static void write(HttpServletResponse response, Refusal refusal) throws IOException {
        String message = escape(refusal.getMessage());
        String body = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:Client</faultcode><faultstring xml:lang=\"ru\">" + message + "</faultstring>"
                + "<detail><x:ExchangeFault xmlns:x=\"" + ExchangeContract.NAMESPACE + "\"><x:Code>"
                + refusal.code().name() + "</x:Code><x:Message>" + message + "</x:Message></x:ExchangeFault>"
                + "</detail></soap:Fault></soap:Body></soap:Envelope>";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.setContentType("text/xml; charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
