package ru.smolensk.registry.web.rest.reference;

import ru.smolensk.registry.domain.model.user.UserAccount;

/** A sign-in account and the organisation it works for. */
public record AccountView(String username, String fullName, String organization, String organizationName,
        boolean active) {

    public static AccountView of(UserAccount a) {
        return new AccountView(a.username(), a.fullName(), a.organization() == null ? null : a.organization().code(),
                a.organization() == null ? null : a.organization().currentName(), a.isActive());
    }
}
