package ru.smolensk.registry.web.security;

import java.security.Principal;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.user.UserAccount;
import ru.smolensk.registry.domain.model.user.UserAccountRepository;

/**
 * The caller of the current request: name and roles from the container's security context
 * (basic registry or LDAP), the organisation from the account binding in the registry.
 */
@RequestScoped
public class ContainerCurrentUser implements CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserAccountRepository accounts;

    private Optional<Organization> organization;

    @Override
    public String username() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    @Override
    public boolean hasRole(Role role) {
        return securityContext.isCallerInRole(role.name());
    }

    @Override
    public Optional<Organization> organization() {
        if (organization == null) {
            organization = hasRole(Role.OPERATOR)
                    ? accounts.findByUsername(username()).filter(UserAccount::isActive).map(UserAccount::organization)
                    : Optional.empty();
        }
        return organization;
    }
}
