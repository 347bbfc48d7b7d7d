package ru.smolensk.registry.web.ui.series;

import java.util.List;

import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.smolensk.registry.domain.application.series.Proposal;
import ru.smolensk.registry.domain.application.series.SeriesHistory;
import ru.smolensk.registry.domain.application.series.SeriesService;
import ru.smolensk.registry.domain.application.series.SeriesSummary;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.web.ui.Texts;
import ru.smolensk.registry.web.ui.state.PageStateBean;

/**
 * The event series screen: the series found by a part of the name, the history of the chosen one (its entries by
 * period with organisation, dates, status and edition); the coordinator proposes series and renames one.
 */
@Named("series")
@ViewScoped(saveInViewState = true)
public class SeriesBean extends PageStateBean {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SeriesService service;

    private String text;
    private transient List<SeriesSummary> rows;
    private Long selectedId;
    private transient SeriesHistory history;
    private String newName;

    public List<SeriesSummary> getRows() {
        if (rows == null) {
            rows = service.list(text);
        }
        return rows;
    }

    public void search() {
        rows = null;
    }

    public void select(SeriesSummary summary) {
        selectedId = summary.id();
        history = null;
        newName = summary.name();
    }

    public SeriesHistory getHistory() {
        if (history == null && selectedId != null) {
            try {
                history = service.history(selectedId);
            } catch (DomainException e) {
                Texts.errorText(e.getMessage());
                selectedId = null;
            }
        }
        return history;
    }

    public void propose() {
        try {
            Proposal proposal = service.propose();
            Texts.info("series.proposed", proposal.seriesCreated(), proposal.entriesAttached());
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
        }
        rows = null;
    }

    public void rename() {
        SeriesHistory current = getHistory();
        if (current == null) {
            return;
        }
        try {
            service.rename(current.id(), current.version(), newName);
            Texts.info("series.renamed", newName);
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
        }
        rows = null;
        history = null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
