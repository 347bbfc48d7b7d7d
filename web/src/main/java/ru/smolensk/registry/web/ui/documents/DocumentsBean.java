package ru.smolensk.registry.web.ui.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.smolensk.registry.domain.application.submission.SubmissionService;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.SubmissionQuery;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.web.ui.PeriodChoices;
import ru.smolensk.registry.web.ui.Texts;
import ru.smolensk.registry.web.ui.state.PageStateBean;
import ru.smolensk.registry.web.ui.session.SignedInUser;

/**
 * The documents screen: for a chosen half-year (plans) and quarter (reports), links to the four
 * consolidated documents and, for an operator, to the organisation's own plan and report. The links
 * are the REST downloads under {@code /api/documents}, authorised by the browser's session.
 */
@Named("documents")
@ViewScoped(saveInViewState = true)
public class DocumentsBean extends PageStateBean {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PeriodChoices periods;

    @Inject
    transient SignedInUser user;

    @Inject
    transient SubmissionService submissions;

    private String planPeriod;
    private String reportPeriod;

    public String getPlanPeriod() {
        if (planPeriod == null) {
            planPeriod = periods.currentHalfYear().code();
        }
        return planPeriod;
    }

    public void setPlanPeriod(String planPeriod) {
        this.planPeriod = planPeriod;
    }

    public String getReportPeriod() {
        if (reportPeriod == null) {
            reportPeriod = periods.lastQuarter().code();
        }
        return reportPeriod;
    }

    public void setReportPeriod(String reportPeriod) {
        this.reportPeriod = reportPeriod;
    }

    /** The four consolidated documents of the chosen periods. */
    public List<DocumentLink> getConsolidated() {
        List<DocumentLink> links = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            for (Level level : Level.values()) {
                String base = api() + name(kind) + "/" + name(level) + "/" + period(kind).code();
                links.add(new DocumentLink(name(kind) + "-" + name(level), "documents." + name(kind)
                        + (level == Level.MUNICIPAL ? "Municipal" : "Regional"), base + ".docx", base + ".xlsx"));
            }
        }
        return links;
    }

    /**
     * The operator's own plan and report of the chosen periods; none for other roles. A period without the
     * organisation's document says so instead of offering a download that could only fail.
     */
    public List<DocumentLink> getOwn() {
        String organization = user.getOrganizationCode();
        if (organization == null) {
            return List.of();
        }
        List<DocumentLink> links = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            String base = api() + name(kind) + "/" + period(kind).code() + "/organizations/" + organization;
            String label = kind == DocumentKind.PLAN ? "documents.ownPlan" : "documents.ownReport";
            boolean exists = !submissions.list(new SubmissionQuery(period(kind), kind, null, organization, null))
                    .isEmpty();
            links.add(exists
                    ? new DocumentLink("own-" + name(kind), label, base + ".docx", base + ".xlsx")
                    : new DocumentLink("own-" + name(kind), label, null, null, Texts.get(kind == DocumentKind.PLAN
                            ? "documents.noOwnPlan"
                            : "documents.noOwnReport", periods.label(period(kind)))));
        }
        return links;
    }

    private ReportingPeriod period(DocumentKind kind) {
        return ReportingPeriod.parse(kind == DocumentKind.PLAN ? getPlanPeriod() : getReportPeriod());
    }

    private static String api() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/documents/";
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
