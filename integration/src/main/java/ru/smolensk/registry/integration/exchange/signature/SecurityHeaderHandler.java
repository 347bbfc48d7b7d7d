package ru.smolensk.registry.integration.exchange.signature;

import java.util.Set;

import javax.xml.namespace.QName;

import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;

/**
 * A JAX-WS handler of signed messages: it declares the WS-Security header understood (so that its
 * {@code mustUnderstand} does not refuse the message), hands each message to {@link #outbound} or {@link #inbound}
 * by its direction, lets faults pass and holds nothing to close.
 */
public abstract class SecurityHeaderHandler implements SOAPHandler<SOAPMessageContext> {

    @Override
    public final boolean handleMessage(SOAPMessageContext context) {
        if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            outbound(context);
        } else {
            inbound(context);
        }
        return true;
    }

    /** A message being sent; nothing by default. */
    protected void outbound(SOAPMessageContext context) {
        // not this handler's direction
    }

    /** A message received; nothing by default. */
    protected void inbound(SOAPMessageContext context) {
        // not this handler's direction
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
