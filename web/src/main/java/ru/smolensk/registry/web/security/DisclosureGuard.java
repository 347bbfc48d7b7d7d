package ru.smolensk.registry.web.security;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Keeps headers that name internal classes out of answers: the server's REST metrics, for one, report an unmapped
 * exception in a header named after its class with the exception's message (which may echo the request) as value.
 * Header names with a dot, or containing {@code exception}, are dropped.
 */
final class DisclosureGuard extends HttpServletResponseWrapper {

    DisclosureGuard(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setHeader(String name, String value) {
        if (isPublic(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (isPublic(name)) {
            super.addHeader(name, value);
        }
    }

    static boolean isPublic(String name) {
        return name != null && name.indexOf('.') < 0 && !name.toLowerCase(Locale.ROOT).contains("exception");
    }
}
