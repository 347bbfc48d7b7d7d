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
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.testing.InMemoryEvents;
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
    private final InMemoryEvents events = new InMemoryEvents();
    private final EventEntry ownEntry = entry(own);
    private final EventEntry foreignEntry = entry(foreign);
    private final TestUser user = new TestUser();
    private final SubmissionAccess access = new SubmissionAccess(user, submissions, events);

    @Test
    void anOperatorSeesOnlyTheOwnOrganisationsAndAnotherOneIsNotFound() {
        user.signIn("smolensk", Role.OPERATOR, smolensk);

        assertEquals(own, access.visible(own.id()));
        assertTrue(access.sees(own));
        assertFalse(access.sees(foreign));
        NotFoundException e = assertThrows(NotFoundException.class, () -> access.visible(foreign.id()));
        assertEquals("План или отчет № " + foreign.id() + " не найден", e.getMessage(),
                "the document named, in the same words as for an id that does not exist");
        assertEquals("План или отчет № 999 не найден",
                assertThrows(NotFoundException.class, () -> access.visible(999)).getMessage());
        assertEquals(smolensk, access.ownOrganization());

        assertEquals(ownEntry, access.visibleEntry(ownEntry.id()));
        assertEquals(NotFoundException.entry().getMessage(),
                assertThrows(NotFoundException.class, () -> access.visibleEntry(foreignEntry.id())).getMessage(),
                "another organisation's entry is not found, like its plan");
    }

    @Test
    void anOperatorWithoutAnOrganisationSeesNone() {
        user.signIn("new-staff", Role.OPERATOR, null);

        assertThrows(NotFoundException.class, () -> access.visible(own.id()));
        assertThrows(NotFoundException.class, () -> access.visibleEntry(ownEntry.id()));
        assertFalse(access.sees(own));
        assertThrows(AccessDeniedException.class, access::ownOrganization);
    }

    @Test
    void theCoordinatorAndTheAdministratorSeeEveryOrganisations() {
        for (Role role : new Role[]{Role.COORDINATOR, Role.ADMIN}) {
            user.signIn(role.name().toLowerCase(), role, null);

            assertEquals(own, access.visible(own.id()), role.name());
            assertEquals(foreign, access.visible(foreign.id()), role.name());
            assertEquals(foreignEntry, access.visibleEntry(foreignEntry.id()), role.name());
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
        assertEquals(refused.getMessage(),
                assertThrows(AccessDeniedException.class, () -> access.visibleEntry(ownEntry.id())).getMessage(),
                "an entry is refused like its plan, not 'not found'");
        assertFalse(access.sees(own));
        assertThrows(AccessDeniedException.class, access::ownOrganization);

        user.signIn("anonymous", null, null);
        assertThrows(AccessDeniedException.class, () -> access.visible(own.id()));
        assertThrows(AccessDeniedException.class, () -> access.visibleEntry(ownEntry.id()));
    }

    private EventEntry entry(Submission submission) {
        return events.save(new EventEntry(submission, 1, null, new OfficialColumns("Форум", "г. Смоленск",
                "май 2031 года", "Описание", "Цель", null, "30 человек"), OffsetDateTime.now()));
    }

    private Submission draft(Organization organization) {
        return submissions.save(new Submission(organization, ReportingPeriod.parse("2031-H1"), DocumentKind.PLAN,
                "test", OffsetDateTime.now()));
    }
}
