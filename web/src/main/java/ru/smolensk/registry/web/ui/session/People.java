package ru.smolensk.registry.web.ui.session;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.smolensk.registry.domain.model.user.UserAccount;
import ru.smolensk.registry.domain.model.user.UserAccountRepository;

/**
 * People's names instead of their logins wherever a screen names who did something: the display name of the
 * account binding (from the directory or set by the administrator), the login only when the account has none.
 */
@Named("people")
@RequestScoped
public class People {

    @Inject
    UserAccountRepository accounts;

    private Map<String, String> names;

    /** The display name of an account, or the login itself when it has none (or is no account, e.g. a system). */
    public String name(String login) {
        if (login == null || login.isBlank()) {
            return "";
        }
        if (names == null) {
            names = new HashMap<>();
            for (UserAccount account : accounts.findAll()) {
                if (account.fullName() != null && !account.fullName().isBlank()) {
                    names.put(account.username(), account.fullName().strip());
                }
            }
        }
        return names.getOrDefault(login, login);
    }
}
