package ru.smolensk.registry.web.ui.errors;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The screens take GET, HEAD and POST only: any other method (PUT, DELETE, PATCH…) is answered 405 with the methods
 * allowed, and the error page says so, instead of Faces treating it as a GET. Mapped to the Faces servlet in
 * {@code web.xml}.
 */
public class PageMethodFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Set<String> ALLOWED = Set.of("GET", "HEAD", "POST");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (ALLOWED.contains(request.getMethod())) {
            chain.doFilter(request, response);
        } else {
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }
}
