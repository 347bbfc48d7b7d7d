package ru.smolensk.registry.web.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ViewStatePlacementTest {

    private static final String SECRET = "b3J0aG9ncmFwaHktY2x1c3Rlci1zZWNyZXQ=";

    @Test
    void theViewStateTravelsInThePageEncryptedWithTheSharedKeys() {
        Map<String, String> parameters = ViewStatePlacement.parameters(SECRET);
        assertEquals("client", parameters.get("jakarta.faces.STATE_SAVING_METHOD"));
        assertEquals("true", parameters.get("org.apache.myfaces.USE_ENCRYPTION"));
        assertEquals("AES", parameters.get("org.apache.myfaces.ALGORITHM"));
        assertEquals(32, Base64.getDecoder().decode(parameters.get("org.apache.myfaces.SECRET")).length,
                "an AES-256 key");
        assertEquals("HmacSHA256", parameters.get("org.apache.myfaces.MAC_ALGORITHM"));
        assertEquals(32, Base64.getDecoder().decode(parameters.get("org.apache.myfaces.MAC_SECRET")).length);
        assertNotEquals(parameters.get("org.apache.myfaces.SECRET"), parameters.get("org.apache.myfaces.MAC_SECRET"),
                "two different keys from one secret");
        assertEquals(parameters, ViewStatePlacement.parameters(SECRET + "\n"),
                "every server given the same secret has the same keys");
    }

    @Test
    void withoutASecretEachServerKeepsMyFacesOwnRandomKeys() {
        Map<String, String> parameters = ViewStatePlacement.parameters(null);
        assertEquals("client", parameters.get("jakarta.faces.STATE_SAVING_METHOD"));
        assertFalse(parameters.containsKey("org.apache.myfaces.SECRET"));
        assertFalse(parameters.containsKey("org.apache.myfaces.MAC_SECRET"));
    }

    @Test
    void aShortSecretIsRefusedAndNoKeyIsShownInText() {
        assertThrows(IllegalArgumentException.class, () -> ViewStateKeys.from("short"));
        ViewStateKeys keys = ViewStateKeys.from(SECRET);
        assertTrue(keys.toString().contains("hidden"));
        assertFalse(keys.toString().contains(keys.encryption()));
        assertNotEquals(keys, ViewStateKeys.from(SECRET + "x"));
    }
}
