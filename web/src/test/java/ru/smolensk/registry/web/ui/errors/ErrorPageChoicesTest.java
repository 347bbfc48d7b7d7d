package ru.smolensk.registry.web.ui.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class ErrorPageChoicesTest {

    @Test
    void theStatusCodePicksTheKind() {
        assertEquals(ErrorKind.BAD_REQUEST, ErrorKind.of(400, false));
        assertEquals(ErrorKind.FORBIDDEN, ErrorKind.of("403", false));
        assertEquals(ErrorKind.NOT_FOUND, ErrorKind.of(404, false));
        assertEquals(ErrorKind.METHOD_NOT_ALLOWED, ErrorKind.of(405, false));
        assertEquals(ErrorKind.SERVER, ErrorKind.of(null, false));
        assertEquals(ErrorKind.EXPIRED, ErrorKind.of(500, true));
        assertEquals(ErrorKind.UNAVAILABLE, ErrorKind.of(503, false));
    }

    @Test
    void aTokenThatIsNoBase64IsUnreadableOthersAreHandedOn() {
        assertTrue(ViewStateToken.readable((String) null));
        assertTrue(ViewStateToken.readable("stateless"));
        assertTrue(ViewStateToken.readable("OGZjYjVlOTdkNDE2ODc0YzAwMDAwMDAx"));
        assertFalse(ViewStateToken.readable("!!not-base64!!"));
        assertFalse(ViewStateToken.readable("a"));
    }

    @Test
    void theTokenHandedOnInsteadIsReadableAndNamesNothing() {
        assertTrue(ViewStateToken.readable(ViewStateToken.NO_STATE));
        assertEquals(1, Base64.getDecoder().decode(ViewStateToken.NO_STATE).length);
    }
}
