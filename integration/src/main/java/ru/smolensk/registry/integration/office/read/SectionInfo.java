package ru.smolensk.registry.integration.office.read;

/**
 * What the reader knows about a section besides its verbatim title and rows (which are in the
 * {@link ru.smolensk.registry.integration.office.OfficialSection} at the same index).
 *
 * @param normalizedTitle the title on one line: bookmark markers removed, every run of whitespace (line breaks,
 *            no-break spaces) replaced by one space, trimmed; empty for rows that stand before any section header.
 *            Use it to look the municipality or sphere up.
 * @param sourceRow the 1-based row where the section starts: in a Word document the row of the table (counting
 *            all rows of all tables read, header included), in an Excel workbook the sheet row
 */
public record SectionInfo(String normalizedTitle, int sourceRow) {

    /** Whether the section has a header at all. */
    public boolean titled() {
        return !normalizedTitle.isEmpty();
    }
}
