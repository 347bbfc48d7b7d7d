package ru.smolensk.registry.it;

import java.io.ByteArrayOutputStream;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.namespace.QName;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.Handler;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;

import ru.smolensk.registry.integration.exchange.signature.WsSecurity;

/**
 * A JAX-WS handler for the partner clients of the tests: every request is signed by the partner {@code federal}
 * (with the product's signer, {@link TestPartner#sign(byte[])}), and (unless MTOM, whose attachments the client's
 * SAAJ view inlines) every answer and fault must carry the registry's valid signature, checked with WSS4J against the
 * certificate the registry publishes.
 */
final class Wss4jClientHandler implements SOAPHandler<SOAPMessageContext> {

    private final boolean verifyAnswers;
    final List<X509Certificate> answerSigners = new ArrayList<>();

    private Wss4jClientHandler(boolean verifyAnswers) {
        this.verifyAnswers = verifyAnswers;
    }

    /** Installs a handler on a port; the handler, to see whom the answers were signed by. */
    @SuppressWarnings("rawtypes")
    static Wss4jClientHandler install(Object port, boolean verifyAnswers) {
        Wss4jClientHandler handler = new Wss4jClientHandler(verifyAnswers);
        List<Handler> chain = new ArrayList<>(((BindingProvider) port).getBinding().getHandlerChain());
        chain.add(handler);
        ((BindingProvider) port).getBinding().setHandlerChain(chain);
        return handler;
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        try {
            SOAPMessage message = context.getMessage();
            byte[] envelope = envelope(message);
            if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
                byte[] signed = TestPartner.federal().sign(envelope);
                message.getSOAPPart().setContent(new DOMSource(WsSecurity.parse(signed)));
                message.saveChanges();
            } else if (verifyAnswers) {
                answerSigners.add(TestPartner.verify(envelope, TestPartner.registryCertificate()));
            }
            return true;
        } catch (WebServiceException | AssertionError e) {
            throw new WebServiceException(e.getMessage(), e);
        } catch (Exception e) {
            throw new WebServiceException("WS-Security in the test client failed", e);
        }
    }

    private static byte[] envelope(SOAPMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(message.getSOAPPart()),
                new StreamResult(out));
        return out.toByteArray();
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        return handleMessage(context);
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
