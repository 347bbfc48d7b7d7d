package ru.smolensk.registry.web.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import ru.smolensk.registry.domain.application.security.SignInVerdict;

/**
 * One authentication mechanism for scripts and browsers, both checked against the server's user
 * registry (basic registry or LDAP), whose groups give the roles through the application binding.
 * <ul>
 * <li>An {@code Authorization: Basic} header is validated on every request; no HTTP session is made.</li>
 * <li>The sign-in page passes a user name and password through {@code SecurityContext.authenticate};
 * the caller's registry identity (name, realm, groups) is then kept in the HTTP session and handed to
 * the container again on each request of that session.</li>
 * <li>Without credentials, protected API paths answer 401 with a Basic challenge and other protected
 * paths (the screens) redirect to the sign-in page, also from an Ajax request of a page whose session
 * has expired (the page then follows a Faces redirect instead of failing on a redirected response).</li>
 * <li>Failed sign-ins are throttled per account and client address ({@link SignInGuard}): while refused, a Basic
 * request gets 429 with {@code Retry-After} and the sign-in form a message, without the password being checked.</li>
 * <li>Protected API and SOAP paths are recognised after normalization ({@link ApiPaths}), so {@code //api/events}
 * or {@code /api;x=1/events} get 401 like {@code /api/events}, never the sign-in page.</li>
 * </ul>
 * Passwords are checked with the container's own callbacks (see {@link RegistryCallbacks}), exactly as
 * the server's built-in Basic mechanism does, so the caller gets the registry's group identities:
 * handing group names or access ids to the container by hand does not match the application binding.
 */
@ApplicationScoped
public class RegistryAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The realm announced in the Basic challenge. */
    public static final String REALM = "registry";

    /** The sign-in page, relative to the context root. */
    public static final String LOGIN_PAGE = "/login.xhtml";

    /** The session attribute holding the identity of the caller signed in through the sign-in page. */
    static final String SESSION_IDENTITY = RegistryAuthenticationMechanism.class.getName() + ".identity";

    @Inject
    SignInGuard guard;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (BasicCredentials.isBasic(authorization)) {
            Optional<UsernamePasswordCredential> credential = BasicCredentials.parse(authorization);
            if (credential.isEmpty()) {
                return challenge(response, context);
            }
            String caller = credential.get().getCaller();
            SignInVerdict verdict = guard.check(caller, request);
            if (!verdict.allowed()) {
                return TooManyAttempts.answer(response, verdict);
            }
            if (RegistryCallbacks.validatePassword(credential.get(), context).isPresent()) {
                guard.succeeded(caller);
                return AuthenticationStatus.SUCCESS;
            }
            guard.failed(caller, request);
            return challenge(response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential password) {
            return signIn(password, request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SESSION_IDENTITY) instanceof RegistryCallbacks.RegistryIdentity identity) {
            if (RegistryCallbacks.establish(identity, context)) {
                return AuthenticationStatus.SUCCESS;
            }
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (ApiPaths.isMachinePath(request)) {
            return challenge(response, context);
        }
        if (FacesAjax.isAjax(request)) {
            return FacesAjax.redirect(response, request.getContextPath() + LOGIN_PAGE);
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    /** Signs a browser in: checks the password, then remembers the caller in a fresh session. */
    private AuthenticationStatus signIn(UsernamePasswordCredential credential, HttpServletRequest request,
            HttpMessageContext context) {
        SignInVerdict verdict = guard.check(credential.getCaller(), request);
        if (!verdict.allowed()) {
            request.setAttribute(SignInGuard.REFUSED_FOR_SECONDS, verdict.retryAfterSeconds());
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<RegistryCallbacks.RegistryIdentity> identity = RegistryCallbacks.validatePassword(credential,
                context);
        if (identity.isEmpty()) {
            guard.failed(credential.getCaller(), request);
            return AuthenticationStatus.SEND_FAILURE;
        }
        guard.succeeded(credential.getCaller());
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true).setAttribute(SESSION_IDENTITY, identity.get());
        return AuthenticationStatus.SUCCESS;
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        if (SoapUnauthorized.isSoap(context.getRequest())) {
            return SoapUnauthorized.answer(response);
        }
        return context.responseUnauthorized();
    }
}
