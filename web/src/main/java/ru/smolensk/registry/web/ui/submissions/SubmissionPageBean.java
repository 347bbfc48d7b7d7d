package ru.smolensk.registry.web.ui.submissions;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.smolensk.registry.domain.application.event.EventCommandService;
import ru.smolensk.registry.domain.application.submission.SubmissionDetails;
import ru.smolensk.registry.domain.application.submission.SubmissionService;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.web.ui.Texts;

/**
 * One plan or report: its entries in the official order, its history, and the workflow actions
 * (submit, approve, return with a reason). Each action passes the version the user saw, so a
 * second click or a stale page is refused by the service instead of acting twice.
 */
@Named("submission")
@ViewScoped
public class SubmissionPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubmissionService service;

    @Inject
    EventCommandService entryCommands;

    private Long id;
    private SubmissionRow header;
    private List<EntryRow> entries = List.of();
    private List<HistoryRow> history = List.of();
    private String reason;
    private boolean missing;

    /** Reads the plan or report named by the view parameter {@code id}. */
    public void load() {
        if (id == null) {
            missing = true;
            return;
        }
        try {
            SubmissionDetails details = service.get(id);
            header = SubmissionRow.of(details.submission());
            entries = details.entries().stream().sorted(Comparator.comparingInt(EventEntry::ordinal))
                    .map(EntryRow::of).toList();
            history = service.history(id).stream().map(HistoryRow::of).toList();
            missing = false;
        } catch (DomainException e) {
            missing = true;
            header = null;
            Texts.errorText(e.getMessage());
        }
    }

    /**
     * Deletes an entry of this draft or returned plan or report (after the page's confirmation) through the entry
     * owner, which checks the rights and the status and audits it; the remaining entries keep their numbers.
     */
    public void deleteEntry(EntryRow entry) {
        try {
            entryCommands.delete(entry.id(), entry.version());
            Texts.info("submission.entryDeleted", String.valueOf(entry.ordinal()), entry.name());
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
        }
        load();
    }

    public void submit() {
        act(() -> service.submit(header.id(), header.version()), "submissions.submitted");
    }

    public void approve() {
        act(() -> service.approve(header.id(), header.version(), null), "submissions.approved");
    }

    /** Reopens the approved plan or report for changes with the reason entered. */
    public void reopen() {
        act(() -> service.reopen(header.id(), header.version(), reason), "submissions.reopened");
        reason = null;
    }

    /** Returns the plan or report for correction with the reason entered. */
    public void returnForCorrection() {
        act(() -> service.returnForCorrection(header.id(), header.version(), reason), "submissions.returned");
        reason = null;
    }

    private void act(Runnable action, String doneKey) {
        if (header == null) {
            return;
        }
        try {
            action.run();
            Texts.info(doneKey, Texts.get("kind." + header.kind().name()) + " № " + header.id() + " — "
                    + header.organization());
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
        }
        load();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SubmissionRow getHeader() {
        return header;
    }

    public List<EntryRow> getEntries() {
        return entries;
    }

    public List<HistoryRow> getHistory() {
        return history;
    }

    public boolean isMissing() {
        return missing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
