package ru.smolensk.registry.domain.model.user;

import java.util.List;
import java.util.Optional;

/** Bindings of accounts to organisations. */
public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAll();

    UserAccount save(UserAccount account);
}
