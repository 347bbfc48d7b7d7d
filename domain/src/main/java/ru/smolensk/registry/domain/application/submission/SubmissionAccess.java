package ru.smolensk.registry.domain.application.submission;

import java.util.Objects;

import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.NotFoundException;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;

/**
 * The one rule of who may see a plan or report, for every service that reads them on a caller's behalf (see
 * docs/roles.md): coordinators and administrators see every organisation's; an operator only their own
 * organisation's, and another organisation's is "not found", so its existence is not revealed; any other caller
 * (a partner system, even one allowed on the REST API) reads no plans or reports and is refused with 403. An entry
 * is visible exactly when its plan or report is. Whether the caller may also change what it sees is the writer's
 * rule ({@link ru.smolensk.registry.domain.application.entry.SubmissionEntries}) and the workflow's.
 */
public final class SubmissionAccess {

    private static final String NO_RIGHT = "Недостаточно прав для просмотра планов и отчетов";

    private final CurrentUser user;
    private final SubmissionRepository submissions;
    private final EventEntryRepository events;

    public SubmissionAccess(CurrentUser user, SubmissionRepository submissions, EventEntryRepository events) {
        this.user = user;
        this.submissions = submissions;
        this.events = events;
    }

    /**
     * The submission if the caller may see it; the answer for another organisation's names the document the same
     * way as for one that does not exist.
     */
    public Submission visible(long id) {
        ensureReadsSubmissions();
        return submissions.findById(id).filter(this::sees)
                .orElseThrow(() -> new NotFoundException("План или отчет № " + id + " не найден"));
    }

    /** The entry if the caller may see its plan or report. */
    public EventEntry visibleEntry(long id) {
        ensureReadsSubmissions();
        return events.findById(id).filter(e -> sees(e.submission())).orElseThrow(NotFoundException::entry);
    }

    /** Whether the caller may see the submission. */
    public boolean sees(Submission submission) {
        return user.seesAllOrganizations() || isOwn(submission.organization());
    }

    /** Whether the caller is an operator of the organisation. */
    public boolean isOwn(Organization organization) {
        return user.hasRole(Role.OPERATOR)
                && user.organization().map(o -> Objects.equals(o.id(), organization.id())).orElse(false);
    }

    private void ensureReadsSubmissions() {
        if (!user.seesAllOrganizations() && !user.hasRole(Role.OPERATOR)) {
            throw new AccessDeniedException(NO_RIGHT);
        }
    }

    /** The operator's own organisation, the only one whose submissions an operator lists. */
    public Organization ownOrganization() {
        if (!user.hasRole(Role.OPERATOR)) {
            throw new AccessDeniedException(NO_RIGHT);
        }
        return user.organization().orElseThrow(() -> new AccessDeniedException(
                "Учетная запись не привязана к организации; обратитесь к администратору"));
    }
}
