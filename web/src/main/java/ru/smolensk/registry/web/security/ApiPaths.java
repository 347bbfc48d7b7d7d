package ru.smolensk.registry.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path of a request as the container matches it: without path parameters ({@code ;x=1}) and with repeated
 * slashes collapsed, so that {@code //api/events} and {@code /api;x=1/events} are API paths like {@code /api/events}.
 */
public final class ApiPaths {

    private ApiPaths() {
    }

    /** The normalized path of the request below the context root. */
    public static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return normalize(uri.startsWith(context) ? uri.substring(context.length()) : uri);
    }

    /** Whether the request is for the REST API or the SOAP endpoint (machines: 401/403, never a sign-in page). */
    public static boolean isMachinePath(HttpServletRequest request) {
        return isMachinePath(path(request));
    }

    /** Whether the request is for the REST API. */
    public static boolean isApi(HttpServletRequest request) {
        return isUnder(path(request), "/api");
    }

    static boolean isMachinePath(String normalizedPath) {
        return isUnder(normalizedPath, "/api") || isUnder(normalizedPath, "/soap");
    }

    static String normalize(String path) {
        StringBuilder result = new StringBuilder(path.length());
        for (String segment : path.split("/")) {
            int parameters = segment.indexOf(';');
            String name = parameters >= 0 ? segment.substring(0, parameters) : segment;
            if (!name.isEmpty()) {
                result.append('/').append(name);
            }
        }
        if (result.isEmpty() || path.endsWith("/")) {
            result.append('/');
        }
        return result.toString();
    }

    private static boolean isUnder(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }
}
