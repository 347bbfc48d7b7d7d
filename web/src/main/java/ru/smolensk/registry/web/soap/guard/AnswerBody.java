package ru.smolensk.registry.web.soap.guard;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The content of the SOAP body of an answer as sent (from the root part of an MTOM answer), as XML text. */
final class AnswerBody {

    private AnswerBody() {
    }

    /** The body's elements as XML, or null when the bytes are no SOAP envelope. */
    static String of(byte[] bytes, String contentType) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            byte[] envelope = MultipartRoot.isMultipart(contentType) ? MultipartRoot.of(bytes, contentType) : bytes;
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance(); // the JDK's, as ContractSchema
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(envelope));
            Element body = child(document.getDocumentElement(), "Body");
            if (body == null) {
                return null;
            }
            TransformerFactory transformers = TransformerFactory.newDefaultInstance();
            transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = transformers.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.ELEMENT_NODE) {
                    transformer.transform(new DOMSource(n), new StreamResult(out));
                }
            }
            return out.toString();
        } catch (Exception e) {
            return null;
        }
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
