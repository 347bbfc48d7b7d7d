package ru.smolensk.registry.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.smolensk.registry.domain.model.user.UserAccount;
import ru.smolensk.registry.domain.model.user.UserAccountRepository;

/** Account bindings in JPA. */
@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected JpaUserAccountRepository() {
    }

    public JpaUserAccountRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return Optional.ofNullable(em.find(UserAccount.class, username));
    }

    @Override
    public List<UserAccount> findAll() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class).getResultList();
    }

    @Override
    public UserAccount save(UserAccount account) {
        if (em.find(UserAccount.class, account.username()) == null) {
            em.persist(account);
            return account;
        }
        return em.merge(account);
    }
}
