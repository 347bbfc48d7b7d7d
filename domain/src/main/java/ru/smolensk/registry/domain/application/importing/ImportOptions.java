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
 */
public record ImportOptions(String organizationCode, ReportingPeriod period, boolean replaceConfirmed) {

    /** Nothing chosen: everything comes from the document. */
    public static final ImportOptions NONE = new ImportOptions(null, null, false);
}
