package ru.smolensk.registry.integration.exchange;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Holder;
import jakarta.xml.ws.handler.Handler;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.WebServiceException;

import ru.smolensk.registry.domain.application.exchange.ContentDigest;
import ru.smolensk.registry.domain.application.exchange.ExchangedEvent;
import ru.smolensk.registry.domain.application.exchange.outbound.PartnerGateway.Delivery;
import ru.smolensk.registry.integration.exchange.signature.EnvelopeSigner;
import ru.smolensk.registry.integration.exchange.signature.SigningHandler;

/**
 * Sends records to a partner's {@code EventExchange} endpoint (the same contract the registry publishes) with
 * {@code SubmitEvents}, over HTTP Basic, with connect and read timeouts. Faults and transport errors are
 * returned as a failed delivery, never thrown.
 */
public final class SoapPartnerClient {

    /** Where and as whom to send. */
    public record PartnerEndpoint(String code, String url, String user, String password) {
    }

    private static final QName SERVICE = new QName(ExchangeContract.NAMESPACE, ExchangeContract.SERVICE_NAME);
    private static final QName PORT = new QName(ExchangeContract.NAMESPACE, ExchangeContract.PORT_NAME);
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 30_000;

    private final String sender;
    private final JAXBContext jaxb;
    private final Service service;
    private final EnvelopeSigner signer;

    /**
     * A client that signs its messages as the given system code. It binds the contract classes and reads the WSDL
     * once; keep it for many messages.
     */
    public SoapPartnerClient(String sender) {
        this(sender, null);
    }

    /**
     * A client whose messages are signed (WS-Security, docs/exchange-signatures.md); the journal then keeps the signed
     * envelope as sent.
     *
     * @param signer the registry's signer, or null to send unsigned messages
     */
    public SoapPartnerClient(String sender, EnvelopeSigner signer) {
        this.sender = sender;
        this.signer = signer;
        try {
            this.jaxb = JAXBContext.newInstance(SubmitEvents.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("The exchange contract classes cannot be bound", e);
        }
        URL wsdl = SoapPartnerClient.class.getClassLoader().getResource(ExchangeContract.WSDL_LOCATION);
        this.service = Service.create(wsdl, SERVICE);
    }

    /** The system code this client signs with. */
    public String sender() {
        return sender;
    }

    public Delivery submit(PartnerEndpoint endpoint, String messageId, List<ExchangedEvent> events) {
        SubmitEvents request = request(events);
        byte[] body = marshal(request);
        String digest = ContentDigest.sha256(body);
        String sent = new String(body, StandardCharsets.UTF_8);
        if (endpoint == null || endpoint.url() == null || endpoint.url().isBlank()) {
            return Delivery.failed("Адрес системы-получателя не настроен", sent, body.length, digest);
        }
        ExchangeHeader header = new ExchangeHeader();
        header.messageId = messageId;
        header.sender = sender;
        header.recipient = endpoint.code();
        header.timestamp = OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS).toString();
        header.testMessage = Boolean.FALSE;
        SigningHandler signing = signer == null ? null : new SigningHandler(signer);
        try {
            port(endpoint, signing).submitEvents(request, new Holder<>(header));
            return signed(signing, sent, body.length, digest, null);
        } catch (ExchangeFaultException e) {
            ExchangeFault fault = e.getFaultInfo();
            return signed(signing, sent, body.length, digest, "Отказ системы-получателя: " + (fault == null
                    ? e.getMessage()
                    : fault.code + " — "
                            + fault.message));
        } catch (WebServiceException | IllegalStateException e) {
            return signed(signing, sent, body.length, digest, "Система-получатель недоступна: " + e.getMessage());
        }
    }

    /** The outcome, with the signed envelope as sent (its size and digest) when the message was signed. */
    private static Delivery signed(SigningHandler signing, String sent, long size, String digest, String failure) {
        String envelope = signing == null ? null : signing.signedEnvelope();
        if (envelope != null) {
            byte[] bytes = envelope.getBytes(StandardCharsets.UTF_8);
            sent = envelope;
            size = bytes.length;
            digest = ContentDigest.sha256(bytes);
        }
        return failure == null
                ? Delivery.accepted(sent, size, digest)
                : Delivery.failed(failure, sent, size, digest);
    }

    @SuppressWarnings("rawtypes")
    private EventExchangePort port(PartnerEndpoint endpoint, SigningHandler signing) {
        EventExchangePort port = service.getPort(PORT, EventExchangePort.class);
        if (signing != null) {
            List<Handler> chain = new ArrayList<>(((BindingProvider) port).getBinding().getHandlerChain());
            chain.add(signing);
            ((BindingProvider) port).getBinding().setHandlerChain(chain);
        }
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint.url());
        if (endpoint.user() != null && !endpoint.user().isBlank()) {
            context.put(BindingProvider.USERNAME_PROPERTY, endpoint.user());
            context.put(BindingProvider.PASSWORD_PROPERTY, endpoint.password());
        }
        // Apache CXF (Liberty) and the JAX-WS reference implementation name their timeouts differently.
        context.put("javax.xml.ws.client.connectionTimeout", String.valueOf(CONNECT_TIMEOUT_MS));
        context.put("javax.xml.ws.client.receiveTimeout", String.valueOf(READ_TIMEOUT_MS));
        context.put("com.sun.xml.ws.connect.timeout", CONNECT_TIMEOUT_MS);
        context.put("com.sun.xml.ws.request.timeout", READ_TIMEOUT_MS);
        return port;
    }

    static SubmitEvents request(List<ExchangedEvent> events) {
        SubmitEvents request = new SubmitEvents();
        for (ExchangedEvent e : events) {
            EventRecord record = new EventRecord();
            record.recordId = String.valueOf(e.id());
            record.kind = e.kind().name();
            record.level = e.level().name();
            record.period = e.period();
            record.organizationCode = e.organizationCode();
            record.sphereCode = e.sphereCode();
            record.columns = ExchangeMessages.columns(e.columns());
            request.records.add(record);
        }
        return request;
    }

    private byte[] marshal(SubmitEvents request) {
        try {
            Marshaller marshaller = jaxb.createMarshaller();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            marshaller.marshal(request, out);
            return out.toByteArray();
        } catch (JAXBException e) {
            return String.valueOf(request.records.size()).getBytes(StandardCharsets.UTF_8);
        }
    }
}
