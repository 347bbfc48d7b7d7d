package ru.smolensk.registry.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Proof that a state-changing request authenticated by the browser's session cookie came from the application's
 * own pages (a defence against cross-site request forgery, on top of the {@code SameSite=Lax} session cookie and
 * Faces' view state):
 * <ul>
 * <li>safe methods (GET, HEAD, OPTIONS) change nothing and pass;</li>
 * <li>{@code Sec-Fetch-Site} other than {@code same-origin} (or {@code none}) is refused;</li>
 * <li>an {@code Origin} other than the server's own (host and port of the request, or one of
 * {@code security.allowed-origins}) is refused, {@code Origin: null} too;</li>
 * <li>without either header (not a current browser) an API request carrying a session cookie is refused, and so is a
 * screen's request unless it carries Basic credentials: a Faces form's view state travels in the page (with the
 * view-scoped beans, so that a form survives its server) and, valid for whoever fetched a page, proves nothing about
 * where a post came from.</li>
 * </ul>
 * Scripts with HTTP Basic send neither header nor cookie and are not affected. A browser that sends Basic
 * credentials it remembers from a sign-in prompt is held to the same rules as one with a session cookie.
 */
final class SameOriginCheck {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private SameOriginCheck() {
    }

    static boolean allows(HttpServletRequest request, Set<String> allowedOrigins) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return true;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return isOwn(origin.strip(), request) || allowedOrigins.contains(origin.strip().toLowerCase(Locale.ROOT));
        }
        if (site != null) {
            return true;
        }
        boolean basic = request.getHeader("Authorization") != null;
        if (ApiPaths.isApi(request)) {
            return request.getRequestedSessionId() == null || basic;
        }
        return basic || ApiPaths.isMachinePath(request);
    }

    private static boolean isOwn(String origin, HttpServletRequest request) {
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost().equalsIgnoreCase(request.getServerName()) && port == request.getServerPort();
    }
}
