package ru.smolensk.registry.domain.application;

import java.util.Optional;

import ru.smolensk.registry.domain.model.organization.Organization;

/**
 * The signed-in caller as the application services see it. The web layer provides it from the
 * container's security context and the account's organisation binding.
 */
public interface CurrentUser {

    /** The account name, or {@code anonymous}. */
    String username();

    boolean hasRole(Role role);

    /** The organisation an operator works for; empty for other roles or unbound accounts. */
    Optional<Organization> organization();

    /** Coordinators and administrators see and manage every organisation's data. */
    default boolean seesAllOrganizations() {
        return hasRole(Role.COORDINATOR) || hasRole(Role.ADMIN);
    }

    /** Whether the caller may manage the data of the given organisation. */
    default boolean mayManage(Organization target) {
        return seesAllOrganizations()
                || hasRole(Role.OPERATOR) && organization().map(o -> o.id().equals(target.id())).orElse(false);
    }
}
