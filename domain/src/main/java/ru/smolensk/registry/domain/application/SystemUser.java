package ru.smolensk.registry.domain.application;

import java.util.Optional;

import ru.smolensk.registry.domain.model.organization.Organization;

/** The system itself acting as coordinator: demo data loading and background work. */
public record SystemUser(String username) implements CurrentUser {

    public static final SystemUser DEMO_LOADER = new SystemUser("system");

    @Override
    public boolean hasRole(Role role) {
        return role == Role.COORDINATOR;
    }

    @Override
    public Optional<Organization> organization() {
        return Optional.empty();
    }
}
