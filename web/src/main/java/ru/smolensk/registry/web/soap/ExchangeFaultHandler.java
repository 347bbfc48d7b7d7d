package ru.smolensk.registry.web.soap;

import java.io.StringReader;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.soap.Detail;
import jakarta.xml.soap.DetailEntry;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPEnvelope;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import ru.smolensk.registry.domain.application.exchange.ExchangeFaultCode;
import ru.smolensk.registry.integration.exchange.ExchangeContract;
import ru.smolensk.registry.integration.exchange.signature.WsSecurity;
import ru.smolensk.registry.web.soap.guard.AnswerHeader;
import ru.smolensk.registry.web.soap.guard.SoapFaultWriter;

/**
 * Makes every fault the SOAP stack sends a typed one: {@code soap:Client} for the partner's mistakes and
 * {@code soap:Server} only for the registry's, an {@code ExchangeFault} detail (a fault without one, which only an
 * unexpected failure produces, becomes {@code INTERNAL_ERROR} with a Russian message) and the answer header of the
 * request. Declares the contract's header understood, so a partner may mark it {@code mustUnderstand}.
 */
public class ExchangeFaultHandler implements SOAPHandler<SOAPMessageContext> {

    private static final Logger LOG = Logger.getLogger(ExchangeFaultHandler.class.getName());
    private static final QName HEADER = new QName(ExchangeContract.NAMESPACE, "ExchangeHeader");

    @Override
    public Set<QName> getHeaders() {
        // the WS-Security header (mustUnderstand) is verified by the guard before the stack sees the message
        return Set.of(HEADER, new QName(WsSecurity.WSSE, "Security"));
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        return true;
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        if (!Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            return true;
        }
        try {
            SOAPEnvelope envelope = context.getMessage().getSOAPPart().getEnvelope();
            SOAPFault fault = envelope.getBody().getFault();
            if (fault == null) {
                return true;
            }
            ExchangeFaultCode code = typedCode(fault);
            if (code == null) {
                LOG.warning("Untyped SOAP fault answered as INTERNAL_ERROR: " + fault.getFaultString());
                code = ExchangeFaultCode.INTERNAL_ERROR;
                String text = "Сбой реестра при обработке сообщения; повторите его позже с тем же MessageId";
                fault.setFaultString(text, new Locale("ru"));
                if (fault.hasDetail()) {
                    fault.getDetail().detachNode();
                }
                Detail detail = fault.addDetail();
                DetailEntry entry = detail.addDetailEntry(new QName(ExchangeContract.NAMESPACE, "ExchangeFault", "x"));
                entry.addChildElement("Code", "x").addTextNode(code.name());
                entry.addChildElement("Message", "x").addTextNode(text);
            }
            fault.setFaultCode(new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, SoapFaultWriter.faultCode(code),
                    "soap"));
            addAnswerHeader(context, envelope);
        } catch (SOAPException | RuntimeException e) {
            LOG.log(Level.WARNING, "SOAP fault not completed", e);
        }
        return true;
    }

    /** The code of the fault's ExchangeFault detail, or null when it has none. */
    private static ExchangeFaultCode typedCode(SOAPFault fault) {
        if (!fault.hasDetail()) {
            return null;
        }
        Iterator<?> entries = fault.getDetail().getDetailEntries();
        while (entries.hasNext()) {
            if (entries.next() instanceof Element entry && "ExchangeFault".equals(entry.getLocalName())) {
                for (Node n = entry.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if ("Code".equals(n.getLocalName())) {
                        try {
                            return ExchangeFaultCode.valueOf(n.getTextContent().strip());
                        } catch (IllegalArgumentException e) {
                            return null;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static void addAnswerHeader(SOAPMessageContext context, SOAPEnvelope envelope) throws SOAPException {
        Object request = context.get(MessageContext.SERVLET_REQUEST);
        AnswerHeader answer = request instanceof HttpServletRequest http ? AnswerHeader.of(http) : null;
        if (answer == null) {
            return;
        }
        SOAPHeader header = envelope.getHeader() == null ? envelope.addHeader() : envelope.getHeader();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance(); // the JDK's, as ContractSchema
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Element parsed = factory.newDocumentBuilder().parse(new InputSource(new StringReader(answer.toXml())))
                    .getDocumentElement();
            header.appendChild(header.getOwnerDocument().importNode(parsed, true));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Answer header not added to a fault", e);
        }
    }

    @Override
    public void close(MessageContext context) {
        // nothing kept
    }
}
