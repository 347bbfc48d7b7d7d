package ru.smolensk.registry.web.soap.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The received message as the journal keeps it: decoded in the charset the request names, else UTF-8. */
class ReceivedBodyTest {

    private static final String MESSAGE = "<x:Name>Встреча с делегацией г. Бреста</x:Name>";

    @Test
    void aMessageIsReadInTheCharsetItsRequestNames() {
        assertEquals(MESSAGE, ReceivedBody.decode(MESSAGE.getBytes(Charset.forName("windows-1251")),
                "windows-1251"));
        assertEquals(MESSAGE, ReceivedBody.decode(MESSAGE.getBytes(StandardCharsets.UTF_16), "UTF-16"));
    }

    @Test
    void withoutACharsetOrWithOneUnknownHereItIsReadAsUtf8() {
        byte[] utf8 = MESSAGE.getBytes(StandardCharsets.UTF_8);
        assertEquals(MESSAGE, ReceivedBody.decode(utf8, null));
        assertEquals(MESSAGE, ReceivedBody.decode(utf8, " "));
        assertEquals(MESSAGE, ReceivedBody.decode(utf8, "x-no-such-charset"));
        assertEquals(MESSAGE, ReceivedBody.decode(utf8, "bad name!"));
    }
}
