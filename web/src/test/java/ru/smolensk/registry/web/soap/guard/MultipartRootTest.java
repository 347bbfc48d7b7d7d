package ru.smolensk.registry.web.soap.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.exchange.ExchangeFaultCode;

class MultipartRootTest {

    private static final String TYPE = "multipart/related; type=\"application/xop+xml\"; boundary=\"uuid:b1\";"
            + " start=\"<root@x>\"; start-info=\"text/xml\"";

    private static byte[] message(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            out.append("--uuid:b1\r\n").append(part);
        }
        return out.append("\r\n--uuid:b1--\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theRootPartIsTheOneTheStartParameterNames() throws Refusal {
        byte[] body = message("Content-ID: <attachment@x>\r\n\r\nbinary\r\n",
                "Content-Type: application/xop+xml\r\nContent-ID: <root@x>\r\n\r\n<Envelope/>");
        assertEquals("<Envelope/>", new String(MultipartRoot.of(body, TYPE), StandardCharsets.UTF_8));
        assertEquals("binary", new String(MultipartRoot.of(body, "multipart/related; boundary=uuid:b1"),
                StandardCharsets.UTF_8).strip(), "without start: the first part");
    }

    @Test
    void theRootPartIsReplacedInPlaceWithTheOtherPartsAsTheyWere() throws Refusal {
        byte[] body = message("Content-ID: <attachment@x>\r\n\r\nbinary\r\n",
                "Content-Type: application/xop+xml\r\nContent-ID: <root@x>\r\n\r\n<Envelope/>");
        byte[] replaced = MultipartRoot.replaceRoot(body, TYPE, "<Envelope signed=\"yes\"/>".getBytes(
                StandardCharsets.UTF_8));
        assertEquals("<Envelope signed=\"yes\"/>", new String(MultipartRoot.of(replaced, TYPE),
                StandardCharsets.UTF_8));
        assertEquals(new String(body, StandardCharsets.UTF_8).replace("<Envelope/>", "<Envelope signed=\"yes\"/>"),
                new String(replaced, StandardCharsets.UTF_8));
    }

    @Test
    void aMessageWithoutItsRootOrBoundaryIsInvalidContent() {
        Refusal noRoot = assertThrows(Refusal.class,
                () -> MultipartRoot.of(message("Content-ID: <other@x>\r\n\r\nx"), TYPE));
        assertEquals(ExchangeFaultCode.INVALID_CONTENT, noRoot.code());
        assertTrue(noRoot.getMessage().contains("<root@x>"), noRoot.getMessage());
        assertEquals(ExchangeFaultCode.INVALID_CONTENT,
                assertThrows(Refusal.class, () -> MultipartRoot.of(new byte[10], "multipart/related")).code());
        assertEquals(ExchangeFaultCode.INVALID_CONTENT, assertThrows(Refusal.class,
                () -> MultipartRoot.of("--uuid:b1\r\nContent-ID: <root@x>\r\n\r\n<E/>".getBytes(
                        StandardCharsets.UTF_8), TYPE))
                .code(), "a part not closed");
    }

    @Test
    void theAnswerIsTheSoapBodysXmlAlsoFromAnMtomAnswer() {
        String envelope = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Header><h/></s:Header>"
                + "<s:Body><x:PingResponse xmlns:x=\"urn:x\"><x:ServerTime>now</x:ServerTime></x:PingResponse>"
                + "</s:Body></s:Envelope>";
        String body = "<x:PingResponse xmlns:x=\"urn:x\"><x:ServerTime>now</x:ServerTime></x:PingResponse>";
        assertEquals(body, AnswerBody.of(envelope.getBytes(StandardCharsets.UTF_8), "text/xml"));
        assertEquals(body, AnswerBody.of(message("Content-ID: <root@x>\r\n\r\n" + envelope), TYPE));
        assertNull(AnswerBody.of("not xml".getBytes(StandardCharsets.UTF_8), "text/xml"));
    }
}
