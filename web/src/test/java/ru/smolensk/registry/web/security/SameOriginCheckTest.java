package ru.smolensk.registry.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

/** The same-origin rule, in particular for browsers that send neither {@code Origin} nor {@code Sec-Fetch-Site}. */
class SameOriginCheckTest {

    @Test
    void aScreensPostWithoutOriginHeadersIsRefusedForItsViewStateInThePageProvesNothing() {
        assertFalse(SameOriginCheck.allows(request("POST", "/app/event.xhtml", "abc", Map.of()), Set.of()));
        assertFalse(SameOriginCheck.allows(request("POST", "/login.xhtml", null, Map.of()), Set.of()),
                "nor for the sign-in form (login CSRF)");
        assertTrue(SameOriginCheck.allows(request("POST", "/app/event.xhtml", null, Map.of("Authorization",
                "Basic x")), Set.of()), "a script with Basic credentials");
    }

    @Test
    void currentBrowsersAndScriptsAreServed() {
        assertTrue(SameOriginCheck.allows(request("POST", "/app/event.xhtml", "abc", Map.of("Sec-Fetch-Site",
                "same-origin")), Set.of()));
        assertTrue(SameOriginCheck.allows(request("POST", "/app/event.xhtml", "abc", Map.of("Origin",
                "http://registry.example:8080")), Set.of()));
        assertFalse(SameOriginCheck.allows(request("POST", "/app/event.xhtml", "abc", Map.of("Origin",
                "http://evil.example")), Set.of()));
        assertTrue(SameOriginCheck.allows(request("POST", "/app/event.xhtml", "abc", Map.of("Origin",
                "http://evil.example")), Set.of("http://evil.example")), "an origin allowed by the configuration");
        assertFalse(SameOriginCheck.allows(request("POST", "/app/event.xhtml", "abc", Map.of("Sec-Fetch-Site",
                "cross-site")), Set.of()));
        assertTrue(SameOriginCheck.allows(request("POST", "/soap/EventExchange", null, Map.of()), Set.of()),
                "partners' SOAP posts carry no session");
        assertTrue(SameOriginCheck.allows(request("POST", "/api/events", null, Map.of("Authorization", "Basic x")),
                Set.of()));
        assertFalse(SameOriginCheck.allows(request("POST", "/api/events", "abc", Map.of()), Set.of()));
        assertTrue(SameOriginCheck.allows(request("GET", "/app/event.xhtml", "abc", Map.of()), Set.of()));
    }

    private static HttpServletRequest request(String method, String path, String sessionId,
            Map<String, String> headers) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("getMethod", method);
        answers.put("getRequestURI", path);
        answers.put("getContextPath", "");
        answers.put("getRequestedSessionId", sessionId);
        answers.put("getServerName", "registry.example");
        answers.put("getServerPort", 8080);
        return (HttpServletRequest) Proxy.newProxyInstance(SameOriginCheckTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, called, arguments) -> called.getName().equals(
                        "getHeader") ? headers.get((String) arguments[0]) : answers.get(called.getName()));
    }
}
