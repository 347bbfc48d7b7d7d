package ru.smolensk.registry.web.ui.admin;

import java.io.Serializable;

import ru.smolensk.registry.domain.model.user.UserAccount;

/** A sign-in account and the organisation it works for. */
public record AccountRow(String username, String fullName, String organizationCode, String organization,
        boolean active) implements Serializable {

    private static final long serialVersionUID = 1L;

    static AccountRow of(UserAccount a) {
        return new AccountRow(a.username(), a.fullName(), a.organization() == null ? null : a.organization().code(),
                a.organization() == null ? "" : a.organization().currentName(), a.isActive());
    }
}
