package ru.smolensk.registry.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Redirects of Faces Ajax requests: such a request cannot follow an HTTP redirect to an HTML page,
 * it needs a partial response that names the new address.
 */
final class FacesAjax {

    private FacesAjax() {
    }

    /** Whether the request is a Faces Ajax request ({@code Faces-Request: partial/ajax}). */
    static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** Answers with a Faces partial response that sends the browser to the address. */
    static AuthenticationStatus redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
