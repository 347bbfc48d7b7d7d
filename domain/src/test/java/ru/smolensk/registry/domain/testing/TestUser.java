package ru.smolensk.registry.domain.testing;

import java.util.Optional;

import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.model.organization.Organization;

/** The caller of in-process tests; a test signs in as another account between calls. */
public final class TestUser implements CurrentUser {

    private String username = "anonymous";
    private Role role;
    private Organization organization;

    public TestUser() {
    }

    public TestUser(String name, Role role, Organization boundTo) {
        signIn(name, role, boundTo);
    }

    public TestUser signIn(String name, Role newRole, Organization boundTo) {
        this.username = name;
        this.role = newRole;
        this.organization = boundTo;
        return this;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public boolean hasRole(Role r) {
        return r == role;
    }

    @Override
    public Optional<Organization> organization() {
        return Optional.ofNullable(organization);
    }
}
