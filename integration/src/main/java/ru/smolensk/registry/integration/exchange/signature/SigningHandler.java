package ru.smolensk.registry.integration.exchange.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import javax.xml.transform.dom.DOMSource;

import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;

import org.w3c.dom.Document;

/**
 * A JAX-WS handler of a client that signs every outgoing message with the registry's key and keeps the signed
 * envelope as sent (for the journal's evidence). One handler per call.
 */
public final class SigningHandler extends SecurityHeaderHandler {

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
    protected void outbound(SOAPMessageContext context) {
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
}
