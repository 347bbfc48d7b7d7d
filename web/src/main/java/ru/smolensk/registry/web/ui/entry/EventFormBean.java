package ru.smolensk.registry.web.ui.entry;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.smolensk.registry.domain.application.ReferenceDataService;
import ru.smolensk.registry.domain.application.event.EventCommandService;
import ru.smolensk.registry.domain.application.event.EventInput;
import ru.smolensk.registry.domain.application.event.EventQueryService;
import ru.smolensk.registry.domain.application.planning.PlanLinkService;
import ru.smolensk.registry.domain.model.shared.InvalidFieldException;
import ru.smolensk.registry.domain.model.shared.InvalidFieldsException;
import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;
import ru.smolensk.registry.web.ui.session.SignedInUser;
import ru.smolensk.registry.domain.application.submission.SubmissionService;
import ru.smolensk.registry.domain.model.event.AgreementType;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.web.ui.Texts;
import ru.smolensk.registry.web.ui.state.PageStateBean;

/**
 * Adds an entry to a plan or report ({@code ?submission=N}) or changes one ({@code ?id=M}). The
 * checks are the service's: its Russian messages are shown next to the field they concern.
 */
@Named("eventForm")
@ViewScoped(saveInViewState = true)
public class EventFormBean extends PageStateBean {

    private static final long serialVersionUID = 1L;

    /** The form's client id prefix of the fields. */
    private static final String FORM = "entryForm:";

    @Inject
    transient EventQueryService queries;

    @Inject
    transient EventCommandService commands;

    @Inject
    transient SubmissionService submissions;

    @Inject
    transient ReferenceDataService referenceData;

    @Inject
    transient PlanLinkService planLinks;

    private Long id;
    private Long submissionId;
    private long version;
    private DocumentKind kind;
    private Level level;
    private String period;
    private String organization;
    private boolean missing;
    private SubmissionStatus status;

    @Inject
    transient SignedInUser user;
    private final EntryFields fields = new EntryFields();
    /** Reference data, read again after the bean is restored from the page rather than carried in it. */
    private transient List<CountryOption> countryChoices;
    private String linkedPlan;
    private List<SuggestionRow> suggestions;
    private List<ExtraColumnLine> extraColumns = List.of();

    /** A column of the imported table that is not an official one, shown read-only with its text. */
    public record ExtraColumnLine(String header, String text) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A country to choose: ISO code and Russian name. */
    public record CountryOption(String code, String name) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Reads the entry or the plan or report named by the view parameters. */
    public void load() {
        try {
            Submission submission;
            if (id != null) {
                EventEntry entry = queries.get(id);
                submission = entry.submission();
                version = entry.version();
                OfficialColumns c = entry.columns();
                fields.fill(entry.sectionSphere() == null ? null : entry.sectionSphere().code(), c);
                fields.fillNormalized(new ArrayList<>(entry.countryCodes()), entry.agreements().stream()
                        .map(AgreementLine::of).toList(), entry.format());
                linkedPlan = planText(entry.planEntry());
                extraColumns = entry.extraColumns().texts().entrySet().stream()
                        .map(x -> new ExtraColumnLine(x.getKey(), x.getValue())).toList();
            } else if (submissionId != null) {
                submission = submissions.get(submissionId).submission();
            } else {
                missing = true;
                return;
            }
            submissionId = submission.id();
            kind = submission.kind();
            level = submission.level();
            period = submission.period().code();
            organization = submission.organization().nameOn(submission.period().start());
            status = submission.status();
        } catch (DomainException e) {
            missing = true;
            Texts.errorText(e.getMessage());
        }
    }

    /** Saves the entry and goes back to its plan or report; on errors stays with the messages. */
    public String save() {
        EventInput input = fields.input();
        try {
            if (id == null) {
                commands.create(submissionId, input);
            } else {
                commands.update(id, version, input);
            }
        } catch (InvalidFieldsException e) {
            e.errors().forEach(error -> fieldError(error.field(), error.message()));
            Texts.error("entry.errors");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        } catch (InvalidFieldException e) {
            fieldError(e.field(), e.getMessage());
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Texts.info(id == null ? "entry.created" : "entry.updated");
        return "/app/submission.xhtml?faces-redirect=true&id=" + submissionId;
    }

    private static void fieldError(String field, String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        String clientId = FORM + field;
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        jakarta.faces.component.UIComponent input = context.getViewRoot().findComponent(clientId);
        if (input instanceof jakarta.faces.component.EditableValueHolder holder) {
            holder.setValid(false);
        }
    }

    /**
     * Whether the entry may be changed here: its plan or report is a draft or returned and the user writes entries
     * (an operator or the coordinator). Otherwise the form shows the entry read-only with {@link #getReadOnlyNote()}.
     */
    public boolean isEditable() {
        return status != null && status.isEditable() && user.isWorker();
    }

    /** Why the entry is read-only and what to do, in Russian; null when it may be changed. */
    public String getReadOnlyNote() {
        if (isEditable() || status == null) {
            return null;
        }
        return user.isWorker() ? Texts.get("entry.readOnly." + status.name()) : Texts.get("entry.readOnly.role");
    }

    public EventFormat[] getFormats() {
        return new EventFormat[]{EventFormat.IN_PERSON, EventFormat.REMOTE, EventFormat.HYBRID};
    }

    /** Adds the agreement entered below the list (saved with the entry). */
    public void addAgreement() {
        if (!fields.addAgreement()) {
            FacesContext.getCurrentInstance().addMessage(FORM + "agreementTitle", new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, Texts.get("entry.agreement.titleRequired"), null));
        }
    }

    /** Removes an agreement from the list (saved with the entry). */
    public void removeAgreement(int index) {
        fields.removeAgreement(index);
    }

    /** Links this report entry to a plan entry of the organisation's plan (saved at once, audited). */
    public void link(long planEntryId) {
        changeLink(planEntryId);
    }

    /** Removes the link to the plan. */
    public void unlink() {
        changeLink(null);
    }

    private void changeLink(Long planEntryId) {
        try {
            planLinks.link(id, planEntryId, version);
            EventEntry entry = queries.get(id);
            version = entry.version();
            linkedPlan = planText(entry.planEntry());
            suggestions = null;
            Texts.info(planEntryId == null ? "entry.plan.unlinked" : "entry.plan.linked");
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
        }
    }

    private static String planText(EventEntry plan) {
        return plan == null
                ? null
                : Texts.get("entry.plan.entry", String.valueOf(plan.ordinal()), plan.columns()
                        .name(), plan.columns().dates());
    }

    /** The plan entries this report entry most likely fulfils (only for a saved report entry). */
    public List<SuggestionRow> getSuggestions() {
        if (suggestions == null) {
            suggestions = List.of();
            if (isLinkable()) {
                try {
                    suggestions = planLinks.suggestions(id).stream().map(SuggestionRow::of).toList();
                } catch (DomainException e) {
                    Texts.errorText(e.getMessage());
                }
            }
        }
        return suggestions;
    }

    /** A saved entry of a report can be linked to the plan it fulfils. */
    public boolean isLinkable() {
        return id != null && kind == DocumentKind.REPORT;
    }

    public String getLinkedPlan() {
        return linkedPlan;
    }

    /** Countries by their Russian names, for the multiple choice. */
    public List<CountryOption> getCountryChoices() {
        if (countryChoices == null) {
            countryChoices = referenceData.countries().stream().map(c -> new CountryOption(c.code(), c.name()))
                    .toList();
        }
        return countryChoices;
    }

    public AgreementType[] getAgreementTypes() {
        return AgreementType.values();
    }

    /** How the dates text is read, in Russian, shown next to the field. */
    public String getDatesInterpretation() {
        return period == null ? "" : DateInterpretation.of(fields.getDates(), ReportingPeriod.parse(period));
    }

    /** Spheres of cooperation, the sections of a regional document. */
    public List<Sphere> getSpheres() {
        return referenceData.spheres();
    }

    public boolean isPlan() {
        return kind == DocumentKind.PLAN;
    }

    public boolean isRegional() {
        return level == Level.REGIONAL;
    }

    public EntryFields getFields() {
        return fields;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public void setSubmissionId(Long submissionId) {
        this.submissionId = submissionId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getPeriod() {
        return period;
    }

    public String getOrganization() {
        return organization;
    }

    public boolean isMissing() {
        return missing;
    }

    /** The imported table's columns that are not official ones, in table order (none for entries typed on screen). */
    public List<ExtraColumnLine> getExtraColumns() {
        return extraColumns;
    }
}
