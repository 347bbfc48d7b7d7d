package ru.smolensk.registry.web.ui.campaign;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/**
 * A campaign as the campaign screen lists it: what is collected from whom for which period, the window and the
 * extensions granted.
 *
 * @param period the period's code (shown by its Russian label)
 */
public record CampaignRow(DocumentKind kind, Level level, String period, LocalDate opensOn, LocalDate closesOn,
        List<ExtensionRow> extensions) implements Serializable {

    private static final long serialVersionUID = 1L;

    public CampaignRow {
        extensions = List.copyOf(extensions);
    }

    /** Whether the campaign is open today (from the opening to the closing day, both included). */
    public boolean isOpen() {
        LocalDate today = LocalDate.now();
        return !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }
}
