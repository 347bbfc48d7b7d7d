package ru.smolensk.registry.integration.office.read;

import ru.smolensk.registry.integration.office.read.ReadIssue.Severity;

/** The kinds of problems found while reading a document that did not stop the reading. */
public enum IssueCode {
    /** A literal {@code [bookmark: …]} marker was removed from the text. */
    BOOKMARK_REMOVED("bookmark-removed", Severity.WARNING),
    /**
     * A column that is not an official one of the kind («Ответственный исполнитель», or «Цель проведения» in a
     * report): its text is kept with each entry as extra information.
     */
    EXTRA_COLUMN("extra-column", Severity.WARNING),
    /** A row that is neither a numbered event nor a section header; the row is skipped. */
    ROW_WITHOUT_NUMBER("row-without-number", Severity.WARNING),
    /** A numbered row without any text; the row is skipped. */
    EMPTY_ROW("empty-row", Severity.WARNING),
    /** A section header without event rows. */
    EMPTY_SECTION("empty-section", Severity.WARNING),
    /** Event rows before the first section header. */
    ROW_OUTSIDE_SECTION("row-outside-section", Severity.WARNING),
    /** The table has no section headers at all. */
    NO_SECTIONS("no-sections", Severity.WARNING),
    /** The table has no event rows at all. */
    NO_EVENTS("no-events", Severity.WARNING),
    /** Row numbers are not continuous. */
    NUMBERING_GAP("numbering-gap", Severity.WARNING),
    /** Text in cells beyond the recognised columns; it is not read. */
    EXTRA_CELLS("extra-cells", Severity.WARNING),
    /** Merged cells inside event rows (spanning columns or continuing a cell of the row above). */
    MERGED_CELLS("merged-cells", Severity.WARNING),
    /** A table nested inside a cell; its text is taken with tabs between cells. */
    NESTED_TABLE("nested-table", Severity.WARNING),
    /** A further table after the main one that does not continue it; it is not read. */
    EXTRA_TABLE("extra-table", Severity.WARNING),
    /** A value in the «Вид документа», «Уровень» or «Период» column of a workbook that is not understood. */
    UNKNOWN_METADATA("unknown-metadata", Severity.ERROR),
    /** Kind, level or period given in the file disagree with each other. */
    METADATA_CONFLICT("metadata-conflict", Severity.ERROR);

    private final String code;
    private final Severity severity;

    IssueCode(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    /** The stable machine-readable code, e.g. {@code numbering-gap}. */
    public String code() {
        return code;
    }

    /** How serious an issue of this kind is. */
    public Severity severity() {
        return severity;
    }
}
