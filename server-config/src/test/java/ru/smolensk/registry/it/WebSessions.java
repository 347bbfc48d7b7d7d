package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * What the web security tests share: the server's HTTP and HTTPS addresses (the HTTPS one with the server's
 * self-signed certificate trusted), HTTP clients that keep cookies like a browser, and signing in through the
 * sign-in form as a browser does.
 */
final class WebSessions {

    static final String HTTP = RegistryClient.BASE_URL;
    static final String HTTPS = System.getProperty("it.https.url", "https://localhost:19443");
    private static final Pattern VIEW_STATE = Pattern
            .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    /** The page's CSP nonce, which PrimeFaces' script adds to every form it submits as {@code primefaces.nonce}. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private WebSessions() {
    }

    /**
     * A client that keeps cookies and does not follow redirects, trusting the test server's certificate; HTTP/1.1 like a
     * browser over plain HTTP (the JDK client would otherwise try an h2c upgrade, which browsers never do).
     */
    static HttpClient browserLike() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .sslContext(trustingEveryCertificate())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Posts the sign-in form of {@code base} (with its own origin) and returns the answer (302 when signed in). */
    static HttpResponse<String> signIn(HttpClient client, String base, String user, String password) {
        HttpResponse<String> form = send(client,
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET().build());
        assertEquals(200, form.statusCode());
        Matcher state = VIEW_STATE.matcher(form.body());
        assertTrue(state.find(), "the sign-in form has a view state");
        Matcher nonce = NONCE.matcher(form.body());
        assertTrue(nonce.find(), "the sign-in page has a CSP nonce");
        String body = encode(Map.of("loginForm", "loginForm", "loginForm_SUBMIT", "1", "loginForm:username", user,
                "loginForm:password", password, "loginForm:signIn", "", "jakarta.faces.ViewState", state.group(1),
                "primefaces.nonce", nonce.group(1)));
        return send(client, HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A cookie-keeping client signed in through the form at {@code base}. */
    static HttpClient signedIn(String base, String account) {
        HttpClient client = browserLike();
        HttpResponse<String> answer = signIn(client, base, account, account);
        assertEquals(302, answer.statusCode(), "signed in as " + account + ": " + answer.body());
        return client;
    }

    /** The session cookie's {@code Set-Cookie} header of an answer. */
    static String sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertEquals(1, cookies.size(), "one session cookie: " + response.headers().allValues("Set-Cookie"));
        return cookies.get(0);
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        ServerReadiness.await();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Server not reachable: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** The test server's certificate is self-signed: trust it (and any other) in these tests only. */
    private static SSLContext trustingEveryCertificate() {
        TrustManager trustAll = new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, java.net.Socket socket) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, java.net.Socket socket) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[]{trustAll}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
