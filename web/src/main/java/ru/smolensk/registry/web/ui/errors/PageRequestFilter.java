package ru.smolensk.registry.web.ui.errors;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the screens cannot take is answered before Faces sees it, with the error page saying so: a method other than
 * GET, HEAD and POST is 405 with the methods allowed (instead of Faces treating it as a GET); parameters the server
 * cannot read (a malformed escape such as {@code ?text=%zz}) are 400 (instead of a server error); a page state token
 * that is not one ({@link ViewStateToken}) is a page whose state is gone. A page is kept in the response buffer until
 * it is whole ({@link #PAGE_BUFFER}). Mapped to the Faces servlet in {@code web.xml}.
 */
public class PageRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Set<String> ALLOWED = Set.of("GET", "HEAD", "POST");

    /**
     * The response buffer of a page: a whole page (the largest, the events list, is about 100 KB) stays in it, so that
     * a failure while the page is rendered can still be answered with the error page instead of half a page.
     */
    static final int PAGE_BUFFER = 256 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!ALLOWED.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        } else if (!ViewStateToken.isMultipart(request) && !parametersReadable(request)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } else {
            response.setBufferSize(PAGE_BUFFER);
            chain.doFilter(ViewStateToken.readable(request), response);
        }
    }

    /**
     * Whether the server can read the request's parameters (the container refuses a malformed escape). Not asked of a
     * file upload, whose parts the Faces servlet reads itself.
     */
    private static boolean parametersReadable(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
