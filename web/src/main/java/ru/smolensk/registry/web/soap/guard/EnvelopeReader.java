package ru.smolensk.registry.web.soap.guard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import ru.smolensk.registry.domain.application.exchange.ExchangeFaultCode;
import ru.smolensk.registry.integration.exchange.ExchangeContract;
import ru.smolensk.registry.integration.exchange.signature.WsSecurity;

/**
 * The events of one envelope's validating parse: checks that it is a SOAP 1.1 envelope, keeps the values of the
 * contract's {@code ExchangeHeader} wherever it stands among the header blocks (other blocks are ignored, unless
 * marked {@code mustUnderstand}) and the body element's name, and keeps the first schema violation within the header
 * entry and within the body element (when of the contract's namespace) with the path of its element (positions among
 * same-named siblings, e.g. {@code /SubmitEvents/Record[2]/Level}), completed when the parse ends; the parse goes on
 * to the end so that a message that is not well-formed is refused as such.
 *
 * <p>The parser reports a violation before it passes on the event that caused it: the violation is placed at the
 * next event, which is the element opened (an unexpected element, say) or the element being ended or read (a wrong
 * value).
 */
final class EnvelopeReader extends DefaultHandler {

    private static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String SOAP_12 = "http://www.w3.org/2003/05/soap-envelope";
    /** Schema validation errors; any other error of the parse makes the message not well-formed. */
    private static final String VALIDATION_ERROR = "cvc-";
    private static final int ENVELOPE = 1;
    private static final int SECTION = 2;
    private static final int ENTRY = 3;
    private static final int HEADER_VALUE = 4;
    /** The operations of the contract: the body elements of requests. */
    static final List<String> OPERATIONS = List.of("SubmitEvents", "GetEvents", "GetChanges", "GetDocument",
            "GetMessageStatus", "Ping");

    private final Map<String, String> headerValues = new HashMap<>();
    private int depth;
    private boolean envelope;
    private boolean headerSeen;
    private boolean bodySeen;
    private String section;
    private String payloadName;
    private String payloadNamespace;
    private StringBuilder headerValue;
    private String headerValueName;
    private boolean inExchangeHeader;
    private boolean exchangeHeaderSeen;
    private boolean soap12;
    private String notUnderstood;
    private boolean bodyEntrySeen;

    private int validatedDepth;
    private Frame frame;
    private boolean headerPart;
    private String pendingViolation;
    private Violation headerViolation;
    private Violation payloadViolation;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        depth++;
        if (depth == ENVELOPE) {
            envelope = "Envelope".equals(localName) && (SOAP_11.equals(uri) || SOAP_12.equals(uri));
            soap12 = SOAP_12.equals(uri);
        } else if (envelope && depth == SECTION) {
            section = sectionOf(localName);
        } else if ("Header".equals(section) && depth == ENTRY) {
            headerEntry(uri, localName, attributes);
        } else if ("Body".equals(section) && depth == ENTRY && !bodyEntrySeen) {
            bodyEntrySeen = true;
            payloadName = localName;
            payloadNamespace = uri;
            if (ExchangeContract.NAMESPACE.equals(uri)) {
                validatedDepth = depth;
                headerPart = false;
                frame = null;
            }
        } else if (inExchangeHeader && depth == HEADER_VALUE && headerValue == null
                && !headerValues.containsKey(localName)) {
            headerValue = new StringBuilder();
            headerValueName = localName;
        }
        if (validatedDepth > 0) {
            frame = new Frame(frame, localName);
        }
        placeViolation();
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        placeViolation();
        if (validatedDepth > 0) {
            frame = frame.parent;
            if (depth == validatedDepth) {
                validatedDepth = 0;
            }
        }
        if (depth == ENTRY) {
            inExchangeHeader = false;
        }
        if (headerValue != null && depth == HEADER_VALUE) {
            headerValues.put(headerValueName, headerValue.toString());
            headerValue = null;
        }
        if (depth == SECTION) {
            section = null;
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        placeViolation();
        if (headerValue != null) {
            headerValue.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        placeViolation();
    }

    /** A schema violation is kept until its element is known; any other error refuses the message as malformed. */
    @Override
    public void error(SAXParseException e) throws SAXException {
        String message = e.getMessage();
        if (message == null || !message.startsWith(VALIDATION_ERROR)) {
            throw e;
        }
        if (pendingViolation == null) {
            pendingViolation = message;
        }
    }

    @Override
    public void warning(SAXParseException e) {
        // warnings do not refuse a message
    }

    /** A header block: the contract's header is read and validated (the first one), others only checked. */
    private void headerEntry(String uri, String localName, Attributes attributes) {
        if (ExchangeContract.NAMESPACE.equals(uri) && "ExchangeHeader".equals(localName) && !exchangeHeaderSeen) {
            exchangeHeaderSeen = true;
            inExchangeHeader = true;
            validatedDepth = depth;
            headerPart = true;
            frame = null;
            return;
        }
        if (WsSecurity.WSSE.equals(uri) && "Security".equals(localName)) {
            return; // understood: the signature is checked after the schema (SignatureGuard)
        }
        String mustUnderstand = attributes.getValue(soap12 ? SOAP_12 : SOAP_11, "mustUnderstand");
        if (notUnderstood == null && mustUnderstand != null
                && ("1".equals(mustUnderstand.strip()) || "true".equals(mustUnderstand.strip()))) {
            notUnderstood = "{" + uri + "}" + localName;
        }
    }

    /** What was read, with the violation that refuses it, if any. */
    InboundEnvelope envelope() {
        return new InboundEnvelope(Map.copyOf(headerValues), payloadName, violation());
    }

    private Refusal violation() {
        if (envelope && soap12) {
            return new Refusal(ExchangeFaultCode.VERSION_MISMATCH, "Конверт SOAP 1.2 (" + SOAP_12
                    + ") не поддерживается; ожидается конверт SOAP 1.1 (" + SOAP_11 + "), Content-Type text/xml");
        }
        if (!envelope) {
            return new Refusal(ExchangeFaultCode.INVALID_CONTENT,
                    "Сообщение не является конвертом SOAP; ожидается элемент Envelope пространства имен " + SOAP_11);
        }
        if (payloadName == null) {
            return new Refusal(ExchangeFaultCode.UNKNOWN_OPERATION,
                    "Тело сообщения SOAP пусто; ожидается элемент операции: " + String.join(", ", OPERATIONS));
        }
        if (!ExchangeContract.NAMESPACE.equals(payloadNamespace) || !OPERATIONS.contains(payloadName)) {
            return new Refusal(ExchangeFaultCode.UNKNOWN_OPERATION, "Элемент тела сообщения {" + payloadNamespace + "}"
                    + payloadName + " не является операцией договора; ожидается одна из операций пространства имен "
                    + ExchangeContract.NAMESPACE + ": " + String.join(", ", OPERATIONS));
        }
        if (notUnderstood != null) {
            return new Refusal(ExchangeFaultCode.MUST_UNDERSTAND, "Блок заголовка " + notUnderstood
                    + " помечен mustUnderstand, но реестр его не обрабатывает; уберите атрибут mustUnderstand"
                    + " или сам блок (обрабатывается только ExchangeHeader)");
        }
        Violation first = headerViolation != null ? headerViolation : payloadViolation;
        return first == null ? null : first.refusal();
    }

    /** The first Header and the first Body of the envelope; anything else is not read. */
    private String sectionOf(String localName) {
        if ("Header".equals(localName) && !headerSeen && !bodySeen) {
            headerSeen = true;
            return localName;
        }
        if ("Body".equals(localName) && !bodySeen) {
            bodySeen = true;
            return localName;
        }
        return null;
    }

    /** Keeps the violation reported before this event if it is the first one of a validated part. */
    private void placeViolation() {
        if (pendingViolation == null) {
            return;
        }
        if (validatedDepth > 0) {
            Violation found = new Violation(frame, pendingViolation);
            if (headerPart) {
                headerViolation = headerViolation == null ? found : headerViolation;
            } else {
                payloadViolation = payloadViolation == null ? found : payloadViolation;
            }
        }
        pendingViolation = null;
    }

    /** An element being validated, with the count of its children by name (complete once it ends). */
    private static final class Frame {
        private final Frame parent;
        private final String name;
        private final int position;
        private Map<String, Integer> children;

        Frame(Frame parent, String name) {
            this.parent = parent;
            this.name = name;
            this.position = parent == null ? 1 : parent.child(name);
        }

        private int child(String childName) {
            if (children == null) {
                children = new HashMap<>();
            }
            return children.merge(childName, 1, Integer::sum);
        }

        private int count(String childName) {
            return children == null ? 0 : children.getOrDefault(childName, 0);
        }
    }

    /** A schema violation at an element; its path is made when asked, after the whole envelope was read. */
    private record Violation(Frame at, String message) {

        Refusal refusal() {
            boolean messageId = at != null && ("MessageId".equals(at.name) || "ReferenceMessageId".equals(at.name));
            return new Refusal(messageId ? ExchangeFaultCode.MALFORMED_MESSAGE_ID : ExchangeFaultCode.INVALID_CONTENT,
                    (messageId
                            ? "Идентификатор сообщения должен быть UUID"
                            : "Сообщение не соответствует схеме договора обмена")
                            + ": элемент " + path() + " — " + SchemaMessages.russian(message));
        }

        private String path() {
            StringBuilder path = new StringBuilder();
            for (Frame f = at; f != null; f = f.parent) {
                boolean repeated = f.parent != null && f.parent.count(f.name) > 1;
                path.insert(0, "/" + f.name + (repeated ? "[" + f.position + "]" : ""));
            }
            return path.length() == 0 ? "/" : path.toString();
        }
    }
}
