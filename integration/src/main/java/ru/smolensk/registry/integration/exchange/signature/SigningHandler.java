package ru.smolensk.registry.integration.exchange.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

import javax.xml.namespace.QName;
import javax.xml.transform.dom.DOMSource;

import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;

import org.w3c.dom.Document;

/**
 * A JAX-WS handler of a client that signs every outgoing message with the registry's key and keeps the signed
 * envelope as sent (for the journal's evidence). One handler per call.
 */
public final class SigningHandler implements SOAPHandler<SOAPMessageContext> {

    private final EnvelopeSigner signer;
    private String signed;

    public SigningHandler(EnvelopeSigner signer) {
        this.signer = signer;
    }

    /** The envelope as signed and sent, or null before sending. */
    public String signedEnvelope() {
        return signed;
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            try {
                SOAPMessage message = context.getMessage();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                message.writeTo(out);
                Document envelope = WsSecurity.parse(out.toByteArray());
                signer.sign(envelope, Instant.now());
                byte[] bytes = WsSecurity.serialize(envelope);
                signed = new String(bytes, StandardCharsets.UTF_8);
                message.getSOAPPart().setContent(new DOMSource(WsSecurity.parse(bytes)));
                message.saveChanges();
            } catch (SOAPException | IOException e) {
                throw new WebServiceException("The message cannot be signed", e);
            }
        }
        return true;
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        return true;
    }

    @Override
    public void close(MessageContext context) {
        // nothing held
    }

    @Override
    public Set<QName> getHeaders() {
        return Set.of(new QName(WsSecurity.WSSE, "Security"));
    }
}
