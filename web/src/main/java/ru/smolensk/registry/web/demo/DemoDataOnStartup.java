package ru.smolensk.registry.web.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.persistence.migration.MigrationOnStartup;
import ru.smolensk.registry.persistence.migration.StartupWorkLock;

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

    @Inject
    StartupWorkLock oneServerAtATime;

    /** In one transaction, one server at a time: servers of a cluster starting together load the demo data once. */
    @Transactional
    void load(@Observes @Priority(MigrationOnStartup.PRIORITY + 100) Startup startup) {
        if (demoMode.isOn()) {
            oneServerAtATime.holdUntilTransactionEnds();
            demoAccounts.ensureBound();
            demoDocuments.loadIntoEmptyRegistry();
            demoCampaigns.announceCurrent(java.time.LocalDate.now());
            demoPartnerCertificate.ensureBound();
        }
    }
}
