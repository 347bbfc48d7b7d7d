package ru.smolensk.registry.integration.office.consolidated;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ru.smolensk.registry.domain.application.document.ConsolidatedDocument;
import ru.smolensk.registry.domain.model.event.Agreement;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.integration.office.OfficialDocument;
import ru.smolensk.registry.integration.office.OfficialRow;
import ru.smolensk.registry.integration.office.OfficialSection;
import ru.smolensk.registry.integration.office.write.EventExportRow;
import ru.smolensk.registry.integration.office.write.EventsWorkbookWriter;
import ru.smolensk.registry.integration.office.write.OfficialDocumentWriter;
import ru.smolensk.registry.integration.office.write.WriteOptions;

/** Writes a consolidated (or an organisation's own) document as official Word or as an Excel export. */
public final class ConsolidatedDocuments {

    private final OfficialDocumentWriter word = new OfficialDocumentWriter();
    private final EventsWorkbookWriter excel = new EventsWorkbookWriter();

    public void writeDocx(ConsolidatedDocument doc, OutputStream out) throws IOException {
        WriteOptions options = WriteOptions.official();
        if (doc.draft()) {
            options = options.asDraft();
        }
        if (doc.organisationName() != null) {
            options = options.forOrganisation(doc.organisationName());
        }
        word.write(toOfficial(doc), options, out);
    }

    /** Writes the Excel export; {@code countryName} turns an ISO code into its Russian name. */
    public void writeXlsx(ConsolidatedDocument doc, Function<String, String> countryName, OutputStream out)
            throws IOException {
        excel.write(exportRows(doc, countryName), out);
    }

    static OfficialDocument toOfficial(ConsolidatedDocument doc) {
        List<OfficialSection> sections = new ArrayList<>();
        int number = 0;
        for (ConsolidatedDocument.Section section : doc.sections()) {
            List<OfficialRow> rows = new ArrayList<>();
            for (EventEntry e : section.entries()) {
                number++;
                Map<EventField, String> cells = new EnumMap<>(EventField.class);
                for (EventField field : EventField.columnsOf(doc.kind())) {
                    cells.put(field, e.columns().get(field));
                }
                rows.add(new OfficialRow(number + ".", cells));
            }
            sections.add(new OfficialSection(section.title(), rows));
        }
        return new OfficialDocument(doc.kind(), doc.level(), doc.period(), sections, doc.note());
    }

    static List<EventExportRow> exportRows(ConsolidatedDocument doc, Function<String, String> countryName) {
        List<EventExportRow> rows = new ArrayList<>();
        int number = 0;
        for (ConsolidatedDocument.Section section : doc.sections()) {
            for (EventEntry e : section.entries()) {
                number++;
                var columns = e.columns();
                var dates = e.dates();
                rows.add(new EventExportRow(doc.period().code(), doc.kind(), doc.level(), section.title(),
                        e.submission().organization().nameOn(doc.period().start()),
                        e.sectionSphere() == null ? null : e.sectionSphere().name(), String.valueOf(number),
                        columns.name(), columns.place(), columns.dates(), columns.description(), columns.goal(),
                        columns.outcome(), columns.participants(), dates == null ? null : dates.start(),
                        dates == null ? null : dates.end(), dates == null ? null : Labels.precision(dates.precision()),
                        e.countryCodes().stream().map(countryName).collect(Collectors.joining(", ")),
                        Labels.format(e.format()),
                        e.participantCount() == null ? null : e.participantCount().value(),
                        e.agreements().stream().map(Agreement::title).collect(Collectors.joining("; ")),
                        Labels.status(e.submission().status()), e.extraColumns().isEmpty()
                                ? null
                                : e.extraColumns().display()));
            }
        }
        return rows;
    }
}
