package ru.smolensk.registry.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;

import ru.smolensk.registry.domain.application.security.SignInVerdict;

/** The answer to a Basic request refused by the sign-in throttle: 429 with {@code Retry-After}, a problem. */
final class TooManyAttempts {

    static final int STATUS = 429;

    private TooManyAttempts() {
    }

    static AuthenticationStatus answer(HttpServletResponse response, SignInVerdict verdict) {
        long seconds = verdict.retryAfterSeconds();
        response.setStatus(STATUS);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write("{\"type\":\"urn:registry:problem:too-many-sign-in-failures\","
                    + "\"title\":\"Слишком много неудачных попыток входа\",\"status\":429,"
                    + "\"detail\":\"Вход временно заблокирован после неудачных попыток; повторите через " + seconds
                    + " с\",\"code\":\"too-many-sign-in-failures\"}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
