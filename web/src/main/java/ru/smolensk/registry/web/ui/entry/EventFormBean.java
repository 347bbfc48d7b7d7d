package ru.smolensk.registry.web.ui.entry;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.smolensk.registry.domain.application.ReferenceDataService;
import ru.smolensk.registry.domain.application.event.EventCommandService;
import ru.smolensk.registry.domain.application.event.EventInput;
import ru.smolensk.registry.domain.application.event.EventQueryService;
import ru.smolensk.registry.domain.application.submission.InvalidFieldException;
import ru.smolensk.registry.domain.application.submission.SubmissionService;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.web.ui.Texts;

/**
 * Adds an entry to a plan or report ({@code ?submission=N}) or changes one ({@code ?id=M}). The
 * checks are the service's: its Russian messages are shown next to the field they concern.
 */
@Named("eventForm")
@ViewScoped
public class EventFormBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's client id prefix of the fields. */
    private static final String FORM = "entryForm:";

    @Inject
    EventQueryService queries;

    @Inject
    EventCommandService commands;

    @Inject
    SubmissionService submissions;

    @Inject
    ReferenceDataService referenceData;

    private Long id;
    private Long submissionId;
    private long version;
    private DocumentKind kind;
    private Level level;
    private String period;
    private String organization;
    private boolean missing;
    private final EntryFields fields = new EntryFields();

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
        } catch (InvalidFieldException e) {
            FacesContext.getCurrentInstance().addMessage(FORM + e.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
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
}
