package ru.smolensk.registry.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiPathsTest {

    @Test
    void oddSpellingsOfApiPathsAreApiPaths() {
        assertEquals("/api/events", ApiPaths.normalize("//api/events"));
        assertEquals("/api/events", ApiPaths.normalize("/api;x=1/events"));
        assertEquals("/api/events", ApiPaths.normalize("/api//events;jsessionid=1"));
        assertTrue(ApiPaths.isMachinePath(ApiPaths.normalize("//api/events")));
        assertTrue(ApiPaths.isMachinePath(ApiPaths.normalize("/soap;a=b/EventExchange")));
        assertTrue(ApiPaths.isMachinePath("/api"));
    }

    @Test
    void screensAndLookalikesAreNot() {
        assertFalse(ApiPaths.isMachinePath(ApiPaths.normalize("/app/events.xhtml")));
        assertFalse(ApiPaths.isMachinePath(ApiPaths.normalize("/apidocs")));
        assertFalse(ApiPaths.isMachinePath(ApiPaths.normalize("/")));
        assertEquals("/", ApiPaths.normalize(""));
        assertEquals("/app/", ApiPaths.normalize("/app/"));
    }
}
