package ru.smolensk.registry.web.ui.session;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.web.security.RegistryAuthenticationMechanism;
import ru.smolensk.registry.web.ui.Texts;

/** The signed-in user as the layout shows it (name, roles, organisation, menu entries), and sign-out. */
@Named("user")
@RequestScoped
public class SignedInUser {

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    /** The person's display name (the login when the account has none). */
    public String getName() {
        return people.name(currentUser.username());
    }

    /** The login the person signed in with. */
    public String getLogin() {
        return currentUser.username();
    }

    /** The roles in Russian, e.g. «оператор». */
    public String getRoles() {
        return Arrays.stream(Role.values()).filter(currentUser::hasRole).map(r -> Texts.get("role." + r.name()))
                .collect(Collectors.joining(", "));
    }

    /** The operator's organisation, or «все организации» for those who see all of them. */
    public String getOrganization() {
        return currentUser.organization().map(Organization::currentName)
                .orElseGet(() -> currentUser.seesAllOrganizations() ? Texts.get("layout.noOrganization") : "");
    }

    /** The operator's organisation code, or null. */
    public String getOrganizationCode() {
        return currentUser.organization().map(Organization::code).orElse(null);
    }

    public boolean isCoordinator() {
        return currentUser.hasRole(Role.COORDINATOR);
    }

    public boolean isAdmin() {
        return currentUser.hasRole(Role.ADMIN);
    }

    public boolean isOperator() {
        return currentUser.hasRole(Role.OPERATOR);
    }

    /** Coordinators and operators import documents and work with plans and reports. */
    public boolean isWorker() {
        return isCoordinator() || isOperator();
    }

    /** Ends the sign-in and the session, then shows the sign-in page. */
    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + RegistryAuthenticationMechanism.LOGIN_PAGE);
    }
}
