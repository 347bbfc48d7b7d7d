package ru.smolensk.registry.integration.office.read;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/**
 * What a title says about a document; each part is null when the title does not tell it.
 *
 * @param kind plan or report
 * @param level municipal or regional
 * @param period the half-year or quarter
 */
record TitleFacts(DocumentKind kind, Level level, ReportingPeriod period) {
}
