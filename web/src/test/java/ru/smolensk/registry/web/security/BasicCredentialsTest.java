package ru.smolensk.registry.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

class BasicCredentialsTest {

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheUserAndAPasswordWithColons() {
        UsernamePasswordCredential credential = BasicCredentials.parse(basic("coordinator:a:b")).orElseThrow();
        assertEquals("coordinator", credential.getCaller());
        assertEquals("a:b", credential.getPasswordAsString());
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        assertTrue(BasicCredentials.isBasic("basic abc"));
        assertFalse(BasicCredentials.isBasic("Bearer abc"));
        assertFalse(BasicCredentials.isBasic(null));
    }

    @Test
    void malformedHeadersGiveNoCredential() {
        assertTrue(BasicCredentials.parse("Basic %%%").isEmpty());
        assertTrue(BasicCredentials.parse(basic("no-colon")).isEmpty());
        assertTrue(BasicCredentials.parse(basic(":password")).isEmpty());
        assertTrue(BasicCredentials.parse("Bearer x").isEmpty());
    }
}
