package ru.smolensk.registry.web.ui.errors;

import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The page state token a form posts back ({@code jakarta.faces.ViewState}). The server keeps the state and the token
 * names it in Base64; a token that is no Base64 at all (tampered or cut) made the Faces implementation fail with a
 * server error. Such a token is handed on as one that names no state, so the user sees what any page whose state
 * is gone shows: «Страница устарела», on a full post and on an Ajax request alike.
 */
final class ViewStateToken {

    static final String PARAMETER = ResponseStateManager.VIEW_STATE_PARAM;

    /** Well-formed, and naming no state the server keeps. */
    static final String NO_STATE = Base64.getEncoder().encodeToString(new byte[]{0});

    /** The token of a page that keeps no state on the server (the sign-in page, the error pages). */
    private static final String STATELESS = "stateless";

    private ViewStateToken() {
    }

    /** Whether the request is a file upload (multipart), whose parameters the Faces servlet reads. */
    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** Whether the token is one the Faces implementation can read (or there is none). */
    static boolean readable(String token) {
        if (token == null || token.isEmpty() || STATELESS.equals(token)) {
            return true;
        }
        try {
            Base64.getDecoder().decode(token);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The request as it is, or with an unreadable token replaced by {@link #NO_STATE}. */
    static HttpServletRequest readable(HttpServletRequest request) {
        if (isMultipart(request) || readable(request.getParameter(PARAMETER))) {
            return request;
        }
        return new HttpServletRequestWrapper(request) {

            @Override
            public String getParameter(String name) {
                return PARAMETER.equals(name) ? NO_STATE : super.getParameter(name);
            }

            @Override
            public String[] getParameterValues(String name) {
                return PARAMETER.equals(name) ? new String[]{NO_STATE} : super.getParameterValues(name);
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                Map<String, String[]> parameters = new HashMap<>(super.getParameterMap());
                parameters.put(PARAMETER, new String[]{NO_STATE});
                return Map.copyOf(parameters);
            }
        };
    }
}
