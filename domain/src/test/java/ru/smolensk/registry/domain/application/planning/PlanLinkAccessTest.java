package ru.smolensk.registry.domain.application.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.NotFoundException;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.entry.EntryWriteRefused;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.testing.EntryDesk;

/**
 * Who may see the plan links of a report entry and change them, role by role (docs/roles.md): the same rule as for
 * the report itself ({@code SubmissionAccess}), then the writer's rule for the change.
 */
class PlanLinkAccessTest {

    private final EntryDesk desk = new EntryDesk();
    private final PlanLinkService links = new PlanLinkService(desk.user, desk.events, desk.submissions, desk.entries);
    private final Submission plan = desk.draft(desk.smolensk, "2031-H1", DocumentKind.PLAN);
    private final EventEntry planned = desk.add(plan, "Фестиваль «Славянское единство»", "май 2031 года", null);
    private final Submission report = desk.draft(desk.smolensk, "2031-Q2", DocumentKind.REPORT);
    private final EventEntry held = desk.add(report, "Фестиваль «Славянское единство»", "15 мая 2031 года", null);

    @Test
    void theOperatorOfTheOwningOrganisationSeesAndLinks() {
        assertEquals(planned, links.suggestions(held.id()).get(0).planEntry());
        assertEquals(planned, links.link(held.id(), planned.id(), held.version()).planEntry());
    }

    @Test
    void anOperatorOfAnotherOrganisationFindsNoSuchEntry() {
        desk.user.signIn("shumyachi", Role.OPERATOR, desk.shumyachi);

        NotFoundException e = assertThrows(NotFoundException.class, () -> links.suggestions(held.id()));
        assertEquals(NotFoundException.entry().getMessage(), e.getMessage(), "as if there were no such entry");
        assertThrows(NotFoundException.class, () -> links.link(held.id(), planned.id(), held.version()));
        assertNull(held.planEntry());
    }

    @Test
    void theCoordinatorSeesAndLinksAnyOrganisations() {
        desk.user.signIn("coordinator", Role.COORDINATOR, null);

        assertEquals(planned, links.suggestions(held.id()).get(0).planEntry());
        assertEquals(planned, links.link(held.id(), planned.id(), held.version()).planEntry());
    }

    @Test
    void theAdministratorSeesTheSuggestionsButDoesNotLink() {
        desk.user.signIn("admin", Role.ADMIN, null);

        assertFalse(links.suggestions(held.id()).isEmpty());
        assertThrows(EntryWriteRefused.class, () -> links.link(held.id(), planned.id(), held.version()));
        assertNull(held.planEntry());
    }

    @Test
    void aPartnerSystemIsRefusedRatherThanToldTheEntryIsMissing() {
        desk.user.signIn("federal", Role.EXCHANGE, null);

        assertEquals("Недостаточно прав для просмотра планов и отчетов",
                assertThrows(AccessDeniedException.class, () -> links.suggestions(held.id())).getMessage());
        assertThrows(AccessDeniedException.class, () -> links.link(held.id(), planned.id(), held.version()));
        assertNull(held.planEntry());
    }
}
