package ru.smolensk.registry.web.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import ru.smolensk.registry.persistence.migration.MigrationOnStartup;

/**
 * In demo mode, after the database is migrated, binds the demo accounts, loads the sample documents and announces the
 * campaigns of the current periods.
 */
@ApplicationScoped
public class DemoDataOnStartup {

    @Inject
    DemoMode demoMode;

    @Inject
    DemoAccounts demoAccounts;

    @Inject
    DemoDocuments demoDocuments;

    @Inject
    DemoCampaigns demoCampaigns;

    @Inject
    DemoPartnerCertificate demoPartnerCertificate;

    void load(@Observes @Priority(MigrationOnStartup.PRIORITY + 100) Startup startup) {
        if (demoMode.isOn()) {
            demoAccounts.ensureBound();
            demoDocuments.loadIntoEmptyRegistry();
            demoCampaigns.announceCurrent(java.time.LocalDate.now());
            demoPartnerCertificate.ensureBound();
        }
    }
}
