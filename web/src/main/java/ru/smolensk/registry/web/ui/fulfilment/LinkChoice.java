package ru.smolensk.registry.web.ui.fulfilment;

import java.io.Serializable;

import ru.smolensk.registry.domain.application.planning.ReportSuggestion;
import ru.smolensk.registry.domain.model.event.EventEntry;

/**
 * A report entry offered in the outcome dialog to be linked to the plan entry: its report's quarter in words, its
 * number in the report, name and dates as written.
 */
public record LinkChoice(long reportEntryId, String quarter, int ordinal, String name, String dates)
        implements
            Serializable {

    private static final long serialVersionUID = 1L;

    static LinkChoice of(ReportSuggestion suggestion) {
        EventEntry entry = suggestion.reportEntry();
        return new LinkChoice(entry.id(), entry.submission().period().russianName(), entry.ordinal(),
                entry.columns().name(), entry.columns().dates());
    }

    /** How the choice reads: «II квартал 2026 года, № 3: name (dates)». */
    public String label() {
        return quarter + ", № " + ordinal + ": " + name + (dates == null || dates.isBlank() ? "" : " (" + dates + ")");
    }
}
