package ru.smolensk.registry.integration.office;

import java.util.List;

import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;

/**
 * An official plan or report table as it stands in a Word document, independent of the database:
 * what the reader produces and what the writer consumes.
 *
 * @param kind plan or report
 * @param level municipal (sections by municipality) or regional (sections by sphere)
 * @param period the half-year of a plan or the quarter of a report
 * @param sections the sections in document order, each with its rows
 * @param note text after the table (e.g. the count of meetings with foreign delegations), or null
 */
public record OfficialDocument(DocumentKind kind, Level level, ReportingPeriod period, List<OfficialSection> sections,
        String note) {

    public OfficialDocument {
        sections = List.copyOf(sections);
    }

    /** Number of event rows over all sections. */
    public int rowCount() {
        return sections.stream().mapToInt(s -> s.rows().size()).sum();
    }
}
