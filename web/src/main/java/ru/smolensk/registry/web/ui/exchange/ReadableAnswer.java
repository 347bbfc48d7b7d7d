package ru.smolensk.registry.web.ui.exchange;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An answer as the exchange screen shows it: a SubmitEvents receipt as a heading line and a table of its records
 * ({@link #records}), a fault as its code and message, other answers as their elements' names and values.
 */
final class ReadableAnswer {

    private ReadableAnswer() {
    }

    /** The lines of the answer; empty when it is no XML (an answer of a partner, an older entry). */
    static List<String> lines(String answer) {
        Element root = parse(answer);
        if (root == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        if ("Fault".equals(root.getLocalName())) {
            lines.add("Отказ " + text(root, "Code") + ": " + text(root, "Message"));
        } else if ("SubmitEventsResponse".equals(root.getLocalName())) {
            lines.add("true".equals(text(root, "Replayed")) ? "Повтор: прежняя квитанция" : "Квитанция");
        } else {
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && lines.size() < 20) {
                    String value = e.getTextContent().strip();
                    lines.add(e.getLocalName() + ": "
                            + (value.length() > 120 ? value.substring(0, 120) + "…" : value));
                }
            }
        }
        return lines;
    }

    /** The records of a SubmitEvents receipt; empty for any other answer. */
    static List<ReceiptRecord> records(String answer) {
        Element root = parse(answer);
        if (root == null || !"SubmitEventsResponse".equals(root.getLocalName())) {
            return List.of();
        }
        List<ReceiptRecord> records = new ArrayList<>();
        NodeList results = root.getElementsByTagNameNS("*", "Result");
        for (int i = 0; i < results.getLength(); i++) {
            Element r = (Element) results.item(i);
            String entry = text(r, "EntryId");
            records.add(new ReceiptRecord(text(r, "RecordId"), text(r, "Status"),
                    entry.matches("\\d{1,18}") ? Long.valueOf(entry) : null, text(r, "Code"), text(r, "Message")));
        }
        return records;
    }

    private static Element parse(String answer) {
        if (answer == null || !answer.stripLeading().startsWith("<")) {
            return null;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance(); // the JDK's, as ContractSchema
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(answer.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception e) {
            return null;
        }
    }

    private static String text(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }
}
