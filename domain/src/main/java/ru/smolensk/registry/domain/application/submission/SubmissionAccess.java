package ru.smolensk.registry.domain.application.submission;

import java.util.Objects;

import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.NotFoundException;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;

/**
 * The one rule of who may see a plan or report, for every service that reads them on a caller's behalf (see
 * docs/roles.md): coordinators and administrators see every organisation's; an operator only their own
 * organisation's, and another organisation's is "not found", so its existence is not revealed; any other caller
 * (a partner system, even one allowed on the REST API) reads no plans or reports and is refused with 403.
 */
public final class SubmissionAccess {

    private static final String NO_RIGHT = "Недостаточно прав для просмотра планов и отчетов";

    private final CurrentUser user;
    private final SubmissionRepository submissions;

    public SubmissionAccess(CurrentUser user, SubmissionRepository submissions) {
        this.user = user;
        this.submissions = submissions;
    }

    /** The submission if the caller may see it. */
    public Submission visible(long id) {
        if (!user.seesAllOrganizations() && !user.hasRole(Role.OPERATOR)) {
            throw new AccessDeniedException(NO_RIGHT);
        }
        return submissions.findById(id).filter(this::sees)
                .orElseThrow(() -> new NotFoundException("План или отчет не найден"));
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

    /** The operator's own organisation, the only one whose submissions an operator lists. */
    public Organization ownOrganization() {
        if (!user.hasRole(Role.OPERATOR)) {
            throw new AccessDeniedException(NO_RIGHT);
        }
        return user.organization().orElseThrow(() -> new AccessDeniedException(
                "Учетная запись не привязана к организации; обратитесь к администратору"));
    }
}
