package ru.smolensk.registry.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.smolensk.registry.domain.application.exchange.ExchangeFaultCode;
import ru.smolensk.registry.web.soap.guard.SoapFaultWriter;

/**
 * A SOAP exchange request without valid credentials is answered with the contract's typed fault
 * ({@code AUTHENTICATION_REQUIRED}, HTTP 401 with the Basic challenge) instead of an empty 401, so that a partner's
 * SOAP stack reads the reason.
 */
final class SoapUnauthorized {

    private SoapUnauthorized() {
    }

    static boolean isSoap(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/soap/") && !"GET".equals(request.getMethod());
    }

    static AuthenticationStatus answer(HttpServletResponse response) {
        try {
            SoapFaultWriter.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                    ExchangeFaultCode.AUTHENTICATION_REQUIRED, "Нет учетных данных или они неверны: укажите имя и"
                            + " пароль учетной записи системы-партнера (HTTP Basic)",
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
