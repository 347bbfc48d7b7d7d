package ru.smolensk.registry.it;

import java.io.ByteArrayOutputStream;
import java.util.Base64;

import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.xml.ws.Endpoint;
import jakarta.xml.ws.Holder;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;

import ru.smolensk.registry.integration.exchange.EventExchangePort;
import ru.smolensk.registry.integration.exchange.ExchangeContract;
import ru.smolensk.registry.integration.exchange.ExchangeHeader;
import ru.smolensk.registry.integration.exchange.GetChanges;
import ru.smolensk.registry.integration.exchange.GetChangesResponse;
import ru.smolensk.registry.integration.exchange.GetDocument;
import ru.smolensk.registry.integration.exchange.GetDocumentResponse;
import ru.smolensk.registry.integration.exchange.GetEvents;
import ru.smolensk.registry.integration.exchange.GetEventsResponse;
import ru.smolensk.registry.integration.exchange.GetMessageStatus;
import ru.smolensk.registry.integration.exchange.GetMessageStatusResponse;
import ru.smolensk.registry.integration.exchange.Ping;
import ru.smolensk.registry.integration.exchange.PingResponse;
import ru.smolensk.registry.integration.exchange.SubmitEvents;
import ru.smolensk.registry.integration.exchange.SubmitEventsResponse;
import ru.smolensk.registry.integration.exchange.signature.SecurityHeaderHandler;

/**
 * A partner system for the outbound tests: a real JAX-WS endpoint of the exchange contract, published by the test
 * on the JDK's HTTP server, that records every SubmitEvents it receives.
 */
@WebService(serviceName = ExchangeContract.SERVICE_NAME, portName = ExchangeContract.PORT_NAME, targetNamespace = ExchangeContract.NAMESPACE, endpointInterface = "ru.smolensk.registry.integration.exchange.EventExchangePort")
public class StubPartner implements EventExchangePort {

    /**
     * One SubmitEvents as the partner received it.
     *
     * @param signer the SHA-256 fingerprint of the certificate the message's signature verified with (WSS4J, against
     *            the registry's published certificate), or "INVALID: why"
     */
    record Received(String messageId, String sender, String authorization, List<String> names, String signer) {
    }

    private static final String SIGNER = "stub.partner.signer";

    final List<Received> received = new CopyOnWriteArrayList<>();

    @Resource
    WebServiceContext context;

    private Endpoint endpoint;

    static StubPartner publish(String url) {
        StubPartner partner = new StubPartner();
        partner.endpoint = Endpoint.create(partner);
        partner.endpoint.getBinding().setHandlerChain(List.of(new SignatureCheck()));
        partner.endpoint.publish(url);
        return partner;
    }

    void stop() {
        if (endpoint != null) {
            endpoint.stop();
        }
    }

    List<Received> messages(String messageId) {
        return received.stream().filter(r -> r.messageId().equals(messageId)).toList();
    }

    @Override
    public SubmitEventsResponse submitEvents(SubmitEvents request, Holder<ExchangeHeader> header) {
        received.add(new Received(header.value.messageId, header.value.sender, authorization(),
                request.records.stream().map(r -> r.columns.name).toList(),
                (String) context.getMessageContext().get(SIGNER)));
        return new SubmitEventsResponse();
    }

    @Override
    public GetEventsResponse getEvents(GetEvents request, Holder<ExchangeHeader> header) {
        return new GetEventsResponse();
    }

    @Override
    public GetMessageStatusResponse getMessageStatus(GetMessageStatus request, Holder<ExchangeHeader> header) {
        return new GetMessageStatusResponse();
    }

    @Override
    public GetChangesResponse getChanges(GetChanges request, Holder<ExchangeHeader> header) {
        return new GetChangesResponse();
    }

    @Override
    public GetDocumentResponse getDocument(GetDocument request, Holder<ExchangeHeader> header) {
        return new GetDocumentResponse();
    }

    @Override
    public PingResponse ping(Ping request, Holder<ExchangeHeader> header) {
        return new PingResponse();
    }

    /** Verifies the signature of every incoming message with WSS4J, as the partner's own stack would. */
    static final class SignatureCheck extends SecurityHeaderHandler {
        @Override
        protected void inbound(SOAPMessageContext context) {
            String signer;
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                TransformerFactory.newInstance().newTransformer()
                        .transform(new DOMSource(context.getMessage().getSOAPPart()), new StreamResult(out));
                signer = TestPartner.fingerprint(TestPartner.verify(out.toByteArray(),
                        TestPartner.registryCertificate()));
            } catch (AssertionError | Exception e) {
                signer = "INVALID: " + e.getMessage();
            }
            context.put(SIGNER, signer);
            context.setScope(SIGNER, MessageContext.Scope.APPLICATION);
        }
    }

    @SuppressWarnings("unchecked")
    private String authorization() {
        Map<String, List<String>> headers = (Map<String, List<String>>) context.getMessageContext()
                .get(MessageContext.HTTP_REQUEST_HEADERS);
        List<String> values = headers == null
                ? null
                : headers.entrySet().stream()
                        .filter(e -> "authorization".equalsIgnoreCase(e.getKey())).map(Map.Entry::getValue).findFirst()
                        .orElse(null);
        if (values == null || values.isEmpty() || !values.get(0).startsWith("Basic ")) {
            return null;
        }
        return new String(Base64.getDecoder().decode(values.get(0).substring(6)),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
