package ru.smolensk.registry.web.ui.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.ReferenceDataService;
import ru.smolensk.registry.domain.application.analytics.AnalyticsService;
import ru.smolensk.registry.domain.model.country.Country;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.web.ui.PeriodChoices;
import ru.smolensk.registry.web.ui.Texts;
import ru.smolensk.registry.web.ui.state.PageStateBean;

/**
 * The analytics screen: a range of periods, the kind of document and (for the coordinator) whether drafts count;
 * the statistics come from {@link AnalyticsService}, the names from the reference data.
 */
@Named("analytics")
@ViewScoped(saveInViewState = true)
public class AnalyticsBean extends PageStateBean {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AnalyticsService analytics;

    @Inject
    transient ReferenceDataService referenceData;

    @Inject
    transient PeriodChoices periods;

    @Inject
    transient CurrentUser user;

    private String from;
    private String to;
    private DocumentKind kind;
    private boolean includeDrafts;
    private StatisticsTables tables;

    /** The range of the previous and the current year until a range is chosen; shown at once. */
    public void load() {
        if (from == null) {
            ReportingPeriod current = periods.currentHalfYear();
            from = ReportingPeriod.halfYear(current.year() - 1, 1).code();
            to = current.code();
        }
        show();
    }

    /** Counts the events of the chosen range. */
    public void show() {
        tables = null;
        try {
            tables = new StatisticsTables(analytics.statistics(ReportingPeriod.parse(from), ReportingPeriod.parse(to),
                    kind, includeDrafts && isMaySeeDrafts()),
                    names(referenceData.countries(), Country::code,
                            Country::name),
                    names(referenceData.organizations(null), Organization::code, Organization::currentName),
                    names(referenceData.spheres(), Sphere::code, Sphere::name));
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
        } catch (IllegalArgumentException e) {
            Texts.error("analytics.badRange");
        }
    }

    private static <T> Function<String, String> names(List<T> items, Function<T, String> code,
            Function<T, String> name) {
        Map<String, String> index = new HashMap<>();
        items.forEach(item -> index.put(code.apply(item), name.apply(item)));
        return c -> index.getOrDefault(c, c);
    }

    /** The coordinator (and the administrator) may count entries not yet approved. */
    public boolean isMaySeeDrafts() {
        return user.seesAllOrganizations();
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public StatisticsTables getTables() {
        return tables;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    public boolean isIncludeDrafts() {
        return includeDrafts;
    }

    public void setIncludeDrafts(boolean includeDrafts) {
        this.includeDrafts = includeDrafts;
    }
}
