package ru.smolensk.registry.integration.office.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.integration.office.OfficialDocument;
import ru.smolensk.registry.integration.office.OfficialRow;
import ru.smolensk.registry.integration.office.OfficialSection;

/**
 * Collects sections, event rows and note text in document order and turns them into an {@link OfficialDocument},
 * checking the numbering and the sections on the way.
 */
final class SectionAssembler {

    private final IssueLog log;
    private final List<PendingSection> sections = new ArrayList<>();
    private final List<String> noteParts = new ArrayList<>();
    private PendingSection current;
    private int expectedNumber = 1;

    SectionAssembler(IssueLog log) {
        this.log = log;
    }

    /** Starts a section; its title is kept verbatim. */
    void startSection(String title, int sourceRow) {
        current = new PendingSection(title, sourceRow);
        sections.add(current);
    }

    /** The title of the current section, or null before the first one. */
    String currentTitle() {
        return current == null ? null : current.title;
    }

    /** Adds an event row to the current section (to an untitled one before the first section header). */
    void addRow(String number, Map<EventField, String> cells, Map<String, String> extras, int sourceRow) {
        if (current == null) {
            startSection("", sourceRow);
        }
        checkNumber(number);
        current.rows.add(new OfficialRow(number, cells, extras));
    }

    /** Adds text that belongs to the note after the table. */
    void addNote(String text) {
        String trimmed = OfficeText.trim(text);
        if (!trimmed.isEmpty()) {
            noteParts.add(trimmed);
        }
    }

    /**
     * The document. A titled section without rows at the very end is the note after the table, not a section.
     */
    Assembled finish(DocumentKind kind, Level level, ReportingPeriod period) {
        if (!sections.isEmpty()) {
            PendingSection last = sections.get(sections.size() - 1);
            if (last.rows.isEmpty() && !last.title.isEmpty()) {
                sections.remove(sections.size() - 1);
                String note = OfficeText.trim(OfficeText.stripBookmarks(last.title));
                if (!note.isEmpty()) {
                    noteParts.add(0, note);
                }
            }
        }
        reportSectionProblems();
        List<OfficialSection> official = new ArrayList<>(sections.size());
        List<SectionInfo> infos = new ArrayList<>(sections.size());
        for (PendingSection s : sections) {
            official.add(new OfficialSection(s.title, s.rows));
            infos.add(new SectionInfo(OfficeText.normalizeSpace(OfficeText.stripBookmarks(s.title)), s.sourceRow));
        }
        String note = noteParts.isEmpty() ? null : String.join("\n", noteParts);
        return new Assembled(new OfficialDocument(kind, level, period, official, note), infos);
    }

    private void reportSectionProblems() {
        int rows = 0;
        for (PendingSection s : sections) {
            rows += s.rows.size();
            if (s.rows.isEmpty()) {
                log.add(IssueCode.EMPTY_SECTION, "Раздел «" + OfficeText.snippet(s.title)
                        + "» не содержит ни одного мероприятия");
            }
        }
        if (rows == 0) {
            log.add(IssueCode.NO_EVENTS, "В таблице нет ни одного мероприятия");
        } else if (sections.size() == 1 && sections.get(0).title.isEmpty()) {
            log.add(IssueCode.NO_SECTIONS, "В таблице нет разделов (муниципальных образований или сфер "
                    + "сотрудничества): все мероприятия относятся к организации, названной в заголовке");
        } else if (sections.get(0).title.isEmpty()) {
            log.add(IssueCode.ROW_OUTSIDE_SECTION, "Мероприятия в начале таблицы стоят до первого раздела "
                    + "и загружены без раздела");
        }
    }

    private void checkNumber(String number) {
        int value = OfficeText.rowNumberValue(number);
        if (value < 0) {
            return;
        }
        if (value != expectedNumber) {
            log.add(IssueCode.NUMBERING_GAP, OfficeText.trim(number), null, "Нарушена нумерация строк: ожидался номер "
                    + expectedNumber + ", а указан " + value);
        }
        expectedNumber = value + 1;
    }

    /** The assembled document with the reader's information on each section. */
    record Assembled(OfficialDocument document, List<SectionInfo> sections) {
    }

    private static final class PendingSection {
        private final String title;
        private final int sourceRow;
        private final List<OfficialRow> rows = new ArrayList<>();

        private PendingSection(String title, int sourceRow) {
            this.title = title;
            this.sourceRow = sourceRow;
        }
    }
}
