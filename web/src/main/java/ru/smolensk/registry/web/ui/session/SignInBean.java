package ru.smolensk.registry.web.ui.session;

import java.io.IOException;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.web.security.SignInGuard;
import ru.smolensk.registry.web.ui.Texts;

/**
 * The sign-in form: passes the user name and password to the authentication mechanism through
 * {@link SecurityContext#authenticate}; the mechanism keeps the sign-in in the HTTP session.
 */
@Named("signIn")
@RequestScoped
public class SignInBean {

    /** Where a member of staff lands after signing in. */
    public static final String HOME = "/app/index.xhtml";

    @Inject
    SecurityContext securityContext;

    private String username;
    private String password;

    /** Signs in, then redirects to the start screen; shows an error for wrong credentials. */
    public void signIn() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (isBlank(username) || isBlank(password)) {
            Texts.error("login.required");
            return;
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username.strip(), new Password(password)))
                        .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS && !isStaff(request)) {
            signOut(request);
            Texts.error("login.notStaff");
        } else if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + HOME);
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else if (request.getAttribute(SignInGuard.REFUSED_FOR_SECONDS) instanceof Long seconds) {
            Texts.error("login.throttled", String.valueOf(Math.max(1, (seconds + 59) / 60)));
        } else {
            Texts.error("login.failed");
        }
    }

    /** The sign-in page of someone already signed in leads to the dashboard instead. */
    public String skipWhenSignedIn() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        return request.getRemoteUser() != null && isStaff(request) ? HOME + "?faces-redirect=true" : null;
    }

    /** Partner systems (role EXCHANGE) have accounts but no screens. */
    private static boolean isStaff(HttpServletRequest request) {
        return Stream.of(Role.ADMIN, Role.COORDINATOR, Role.OPERATOR).anyMatch(r -> request.isUserInRole(r.name()));
    }

    private static void signOut(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
