package ru.smolensk.registry.domain.application.importing;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;

/**
 * What the person importing chose in the preview.
 *
 * @param organizationCode the organisation a single organisation's document belongs to when its title names none
 *            that can be matched (or names another one wrongly); null to take it from the title (an operator's
 *            own organisation is the default for them)
 * @param period the period when the title does not tell it; null to take it from the title
 * @param replaceConfirmed whether the person confirmed replacing records that came from a partner system
 * @param handEdits what to do with entries typed on screen after the last import that the file would replace or
 *            delete; null when not chosen (then such entries are an error naming them)
 */
public record ImportOptions(String organizationCode, ReportingPeriod period, boolean replaceConfirmed,
        HandEdits handEdits) {

    /** Nothing chosen: everything comes from the document. */
    public static final ImportOptions NONE = new ImportOptions(null, null, false, null);

    /** Without a choice about entries typed on screen. */
    public ImportOptions(String organizationCode, ReportingPeriod period, boolean replaceConfirmed) {
        this(organizationCode, period, replaceConfirmed, null);
    }

    /** What happens to entries typed on screen (after the last import) that the file would replace or delete. */
    public enum HandEdits {
        /** They stay as typed; the file's rows at their places are not loaded. */
        KEEP,
        /** The file's rows replace them (and rows the file no longer has are deleted). */
        REPLACE
    }
}
