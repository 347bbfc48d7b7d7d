package ru.smolensk.registry.domain.application.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.NotFoundException;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.event.EventPage;
import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.event.EventSummaryPage;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * Reads event entries with the visibility rules: coordinators and administrators see everything,
 * operators see their own organisation's entries in any status and other organisations' approved
 * entries only, partner systems see approved entries only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventQueryService {

    /** An organisation code that matches no organisation: only approved entries remain visible. */
    private static final String NO_ORGANIZATION = "";

    @Inject
    CurrentUser user;

    @Inject
    EventEntryRepository events;

    public EventPage search(EventQuery query) {
        return events.search(visible(query));
    }

    /** The same page as {@link #search}, as summaries for lists. */
    public EventSummaryPage summaries(EventQuery query) {
        return events.summaries(visible(query));
    }

    /** The exact number of entries of the query the user may see (see {@link EventEntryRepository#count}). */
    public long count(EventQuery query) {
        return events.count(visible(query));
    }

    public EventEntry get(long id) {
        EventEntry entry = events.findById(id).filter(this::isVisible)
                .orElseThrow(() -> NotFoundException.entry());
        entry.submission().organization();
        return entry;
    }

    private boolean isVisible(EventEntry entry) {
        return user.seesAllOrganizations() || entry.submission().status() == SubmissionStatus.APPROVED
                || user.mayManage(entry.submission().organization());
    }

    /**
     * The query as the signed-in user may run it: restricted to what they may see (the same query for those who
     * see everything). Refused to a user who may see no events.
     */
    public EventQuery visible(EventQuery q) {
        if (user.seesAllOrganizations()) {
            return q;
        }
        if (!user.hasRole(Role.OPERATOR) && !user.hasRole(Role.EXCHANGE)) {
            throw new AccessDeniedException("Недостаточно прав для просмотра мероприятий");
        }
        String visible = user.organization().map(Organization::code).orElse(NO_ORGANIZATION);
        return new EventQuery(q.period(), q.kind(), q.level(), q.organizationCode(), q.sphereCode(), q.countryCode(),
                q.format(), q.status(), q.text(), q.from(), q.to(), visible, q.page(), q.size(), q.sort(), q.periods());
    }
}
