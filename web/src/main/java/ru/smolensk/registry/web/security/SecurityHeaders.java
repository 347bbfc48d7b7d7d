package ru.smolensk.registry.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser hardening headers of every answer of the application, error answers included.
 * <p>
 * Faces pages get their full Content-Security-Policy from PrimeFaces ({@code primefaces.CSP} and
 * {@code primefaces.CSP_POLICY} in {@code web.xml}), which adds a fresh nonce for its scripts to each page; this
 * class gives them only {@value #PAGE_POLICY} besides, as a floor should a page be answered without PrimeFaces'
 * header. (Both headers are enforced together, so this one must not restrict scripts.) Every other answer (JSON,
 * documents, static files) may run or embed nothing: {@value #STRICT_POLICY}.
 */
final class SecurityHeaders {

    static final String CSP = "Content-Security-Policy";
    static final String PAGE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
    static final String STRICT_POLICY = "default-src 'none'; img-src 'self'; style-src 'self'; frame-ancestors 'none';"
            + " base-uri 'none'; form-action 'self'";
    static final String HSTS = "max-age=31536000";

    private SecurityHeaders() {
    }

    /** Sets the headers for the resource the request is dispatched to now (an error page on an error dispatch). */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        String target = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        response.setHeader(CSP, isFacesPage(target) ? PAGE_POLICY : STRICT_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    private static boolean isFacesPage(String target) {
        return target.endsWith(".xhtml") && !target.startsWith("/jakarta.faces.resource/");
    }
}
