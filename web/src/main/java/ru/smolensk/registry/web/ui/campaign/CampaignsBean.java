package ru.smolensk.registry.web.ui.campaign;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.smolensk.registry.domain.application.ReferenceDataService;
import ru.smolensk.registry.domain.application.campaign.CampaignService;
import ru.smolensk.registry.domain.model.campaign.Campaign;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.web.ui.PeriodChoices;
import ru.smolensk.registry.web.ui.Texts;
import ru.smolensk.registry.web.ui.state.PageStateBean;
import ru.smolensk.registry.web.ui.session.People;

/**
 * The coordinator's campaign screen: the campaigns (newest period first) with their windows and extensions,
 * announcing a campaign or changing its window, and granting one organisation a later deadline with a reason.
 * Every rule (coordinator only, period of the right kind, window order, extension after the closing day, reason
 * required) and the audit are the campaign service's; the screen shows its Russian messages.
 */
@Named("campaignsPage")
@ViewScoped(saveInViewState = true)
public class CampaignsBean extends PageStateBean {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CampaignService campaigns;

    @Inject
    transient ReferenceDataService referenceData;

    @Inject
    transient PeriodChoices periods;

    @Inject
    transient People people;

    private List<CampaignRow> rows;
    private DocumentKind kind = DocumentKind.PLAN;
    private Level level = Level.MUNICIPAL;
    private String period;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private CampaignRow extending;
    private String organization;
    private LocalDate until;
    private String reason;

    /** The campaigns, newest period first, plans before reports, municipal before regional. */
    public List<CampaignRow> getRows() {
        if (rows == null) {
            rows = campaigns.all().stream()
                    .sorted(Comparator.comparing(Campaign::period, Comparator.reverseOrder())
                            .thenComparing(Campaign::kind).thenComparing(Campaign::level))
                    .map(this::row).toList();
        }
        return rows;
    }

    private CampaignRow row(Campaign c) {
        return new CampaignRow(c.kind(), c.level(), c.period().code(), c.opensOn(), c.closesOn(),
                c.extensions().stream().sorted(Comparator.comparing(e -> e.organization().sortOrder()))
                        .map(e -> new ExtensionRow(e.organization().nameOn(c.period().start()), e.until(),
                                e.reason(), people.name(e.grantedBy())))
                        .toList());
    }

    /** The periods of the chosen kind: half-years for plans, quarters for reports, newest first. */
    public List<ReportingPeriod> getPeriods() {
        return kind == DocumentKind.REPORT ? periods.quarters() : periods.halfYears();
    }

    /** A new kind offers other periods: the chosen one is forgotten. */
    public void kindChanged() {
        period = null;
    }

    /** «Объявить сбор»: opens the campaign or moves the window of the existing one. */
    public void announce() {
        if (period == null || opensOn == null || closesOn == null) {
            Texts.error("campaigns.incomplete");
            return;
        }
        try {
            Campaign campaign = campaigns.schedule(kind, level, ReportingPeriod.parse(period), opensOn, closesOn);
            Texts.info("campaigns.saved", describe(campaign.kind(), campaign.level(), campaign.period().code()));
            rows = null;
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
        }
    }

    /** «Изменить сроки»: puts the campaign's window into the form. */
    public void edit(CampaignRow row) {
        kind = row.kind();
        level = row.level();
        period = row.period();
        opensOn = row.opensOn();
        closesOn = row.closesOn();
        extending = null;
    }

    /** «Продлить срок»: chooses the campaign to grant an organisation an extension of. */
    public void prepareExtension(CampaignRow row) {
        extending = row;
        organization = null;
        until = null;
        reason = null;
    }

    /** Grants the chosen organisation the extension entered. */
    public void grant() {
        if (extending == null) {
            return;
        }
        if (organization == null || until == null) {
            Texts.error("campaigns.extension.incomplete");
            return;
        }
        try {
            campaigns.extend(extending.kind(), extending.level(), ReportingPeriod.parse(extending.period()),
                    organization, until, reason);
            Texts.info("campaigns.extension.granted", referenceData.organization(organization).currentName(),
                    describe(extending.kind(), extending.level(), extending.period()));
            extending = null;
            rows = null;
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
        }
    }

    /** Closes the extension form without granting. */
    public void cancelExtension() {
        extending = null;
    }

    /** The organisations expected to hand in the documents of the campaign being extended, in the official order. */
    public List<Organization> getExtensionOrganizations() {
        if (extending == null) {
            return List.of();
        }
        return referenceData.organizations(extending.level()).stream().filter(Organization::isActive)
                .filter(o -> CampaignService.expectedKinds(extending.level()).contains(o.kind()))
                .sorted(Comparator.comparing(Organization::kind).thenComparingInt(Organization::sortOrder))
                .toList();
    }

    /** E.g. «Планы, муниципальный уровень, I полугодие 2027 года». */
    public String describe(DocumentKind documentKind, Level documentLevel, String periodCode) {
        return Texts.get("campaigns.describe", Texts.get("kinds." + documentKind.name()),
                Texts.get("level." + documentLevel.name()).toLowerCase(Texts.RUSSIAN), periods.label(periodCode));
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public CampaignRow getExtending() {
        return extending;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
