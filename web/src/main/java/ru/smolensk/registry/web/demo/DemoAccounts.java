package ru.smolensk.registry.web.demo;

import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationRepository;
import ru.smolensk.registry.domain.model.user.UserAccount;
import ru.smolensk.registry.domain.model.user.UserAccountRepository;

/**
 * Binds the demo accounts of {@code demo-accounts.xml} to their organisations. Idempotent: existing
 * bindings are left as they are.
 */
@ApplicationScoped
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    /** Account → organisation code (null: not bound to an organisation). */
    static final Map<String, String> BINDINGS = Map.of("smolensk", "smolensk", "shumyachi", "shumyachsky", "culture",
            "min_culture", "coordinator", "coordinator", "admin", "", "federal", "");

    /** The people behind the demo accounts, as the screens greet and name them. */
    static final Map<String, String> FULL_NAMES = Map.of("smolensk", "Ирина Ковалева", "shumyachi",
            "Алексей Морозов", "culture", "Елена Васильева", "coordinator", "Наталья Петрова", "admin",
            "Сергей Иванов", "federal", "Федеральная система обмена");

    @Inject
    UserAccountRepository accounts;

    @Inject
    OrganizationRepository organizations;

    @Transactional
    public void ensureBound() {
        BINDINGS.forEach((username, orgCode) -> {
            if (accounts.findByUsername(username).isEmpty()) {
                Organization org = orgCode.isEmpty()
                        ? null
                        : organizations.findByCode(orgCode).orElseThrow(
                                () -> new IllegalStateException("Demo organisation missing: " + orgCode));
                accounts.save(new UserAccount(username, FULL_NAMES.get(username), org));
                LOG.info(() -> "Demo account " + username + " bound to " + (org == null ? "-" : org.code()));
            }
        });
    }
}
