package ru.smolensk.registry.domain.application.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.NotFoundException;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.testing.InMemoryOrganizations;
import ru.smolensk.registry.domain.testing.InMemorySubmissions;
import ru.smolensk.registry.domain.testing.TestUser;

/** Who may see a plan or report, role by role (docs/roles.md). */
class SubmissionAccessTest {

    private final InMemoryOrganizations organizations = new InMemoryOrganizations();
    private final Organization smolensk = organizations.get("smolensk");
    private final Organization shumyachi = organizations.get("shumyachsky");
    private final InMemorySubmissions submissions = new InMemorySubmissions();
    private final Submission own = draft(smolensk);
    private final Submission foreign = draft(shumyachi);
    private final TestUser user = new TestUser();
    private final SubmissionAccess access = new SubmissionAccess(user, submissions);

    @Test
    void anOperatorSeesOnlyTheOwnOrganisationsAndAnotherOneIsNotFound() {
        user.signIn("smolensk", Role.OPERATOR, smolensk);

        assertEquals(own, access.visible(own.id()));
        assertTrue(access.sees(own));
        assertFalse(access.sees(foreign));
        NotFoundException e = assertThrows(NotFoundException.class, () -> access.visible(foreign.id()));
        assertEquals("План или отчет не найден", e.getMessage(),
                "the same answer as for an id that does not exist");
        assertThrows(NotFoundException.class, () -> access.visible(999));
        assertEquals(smolensk, access.ownOrganization());
    }

    @Test
    void anOperatorWithoutAnOrganisationSeesNone() {
        user.signIn("new-staff", Role.OPERATOR, null);

        assertThrows(NotFoundException.class, () -> access.visible(own.id()));
        assertFalse(access.sees(own));
        assertThrows(AccessDeniedException.class, access::ownOrganization);
    }

    @Test
    void theCoordinatorAndTheAdministratorSeeEveryOrganisations() {
        for (Role role : new Role[]{Role.COORDINATOR, Role.ADMIN}) {
            user.signIn(role.name().toLowerCase(), role, null);

            assertEquals(own, access.visible(own.id()), role.name());
            assertEquals(foreign, access.visible(foreign.id()), role.name());
            assertThrows(NotFoundException.class, () -> access.visible(999), role.name());
            assertFalse(access.isOwn(smolensk), role.name() + " is no operator of an organisation");
        }
    }

    @Test
    void aPartnerSystemAndAnAnonymousCallerReadNoPlansOrReports() {
        user.signIn("federal", Role.EXCHANGE, null);
        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> access.visible(own.id()));
        assertEquals("Недостаточно прав для просмотра планов и отчетов", refused.getMessage());
        assertThrows(AccessDeniedException.class, () -> access.visible(999), "refused before looking the id up");
        assertFalse(access.sees(own));
        assertThrows(AccessDeniedException.class, access::ownOrganization);

        user.signIn("anonymous", null, null);
        assertThrows(AccessDeniedException.class, () -> access.visible(own.id()));
    }

    private Submission draft(Organization organization) {
        return submissions.save(new Submission(organization, ReportingPeriod.parse("2031-H1"), DocumentKind.PLAN,
                "test", OffsetDateTime.now()));
    }
}
