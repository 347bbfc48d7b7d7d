package ru.smolensk.registry.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.ConfigProvider;

import ru.smolensk.registry.domain.application.Role;

/**
 * Web security of every request of the application, in this order: the hardening headers ({@link SecurityHeaders},
 * also on error dispatches, so error pages have them); when {@code https.required} is true, plain HTTP is redirected
 * to HTTPS (308, the method kept); state-changing requests authenticated by the session cookie must come from the
 * application's own origin ({@link SameOriginCheck}); partner accounts (EXCHANGE) reach the REST API only when
 * listed in {@code exchange.rest-accounts}; and no answer carries a header that names an internal class
 * ({@link DisclosureGuard}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST,
        DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class WebSecurityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private boolean httpsRequired;
    private int httpsPort;
    private Set<String> allowedOrigins;
    private Set<String> exchangeRestAccounts;

    @Override
    public void init() {
        var config = ConfigProvider.getConfig();
        httpsRequired = config.getOptionalValue("https.required", Boolean.class).orElse(false);
        httpsPort = config.getOptionalValue("https.port", Integer.class).orElse(443);
        allowedOrigins = list(config.getOptionalValue("security.allowed-origins", String.class).orElse(""));
        exchangeRestAccounts = list(config.getOptionalValue("exchange.rest-accounts", String.class).orElse(""));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response);
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            if (httpsRequired && !request.isSecure()) {
                redirectToHttps(request, response);
                return;
            }
            if (!SameOriginCheck.allows(request, allowedOrigins)) {
                refuse(request, response, "cross-origin-request",
                        "Запрос изменяет данные, но пришел не со страницы реестра; откройте реестр и повторите");
                return;
            }
            if (ApiPaths.isApi(request) && isPartnerOnly(request)
                    && !exchangeRestAccounts.contains(request.getRemoteUser().toLowerCase(Locale.ROOT))) {
                refuse(request, response, "access-denied",
                        "Учетной записи внешней системы доступен обмен через SOAP, а не REST API");
                return;
            }
        }
        chain.doFilter(request, new DisclosureGuard(response));
    }

    private static boolean isPartnerOnly(HttpServletRequest request) {
        return request.getRemoteUser() != null && request.isUserInRole(Role.EXCHANGE.name())
                && !request.isUserInRole(Role.ADMIN.name()) && !request.isUserInRole(Role.COORDINATOR.name())
                && !request.isUserInRole(Role.OPERATOR.name());
    }

    private void redirectToHttps(HttpServletRequest request, HttpServletResponse response) {
        String query = request.getQueryString();
        response.setStatus(308);
        response.setHeader("Location", "https://" + hostOf(request) + (httpsPort == 443 ? "" : ":" + httpsPort)
                + request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    private static String hostOf(HttpServletRequest request) {
        String name = request.getServerName();
        return name.contains(":") && !name.startsWith("[") ? "[" + name + "]" : name;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String code, String detail)
            throws IOException {
        if (!ApiPaths.isApi(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"urn:registry:problem:" + code + "\",\"title\":\"Доступ запрещен\","
                + "\"status\":403,\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}");
    }

    private static Set<String> list(String value) {
        return Arrays.stream(value.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
