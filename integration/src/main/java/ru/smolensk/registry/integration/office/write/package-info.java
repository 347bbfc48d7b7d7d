/**
 * Writers of the official documents: the consolidated plan and report tables as Word (.docx) files in
 * the customer's layout ({@link ru.smolensk.registry.integration.office.write.OfficialDocumentWriter}),
 * and the flat Excel (.xlsx) export of events with a summary sheet
 * ({@link ru.smolensk.registry.integration.office.write.EventsWorkbookWriter}).
 *
 * <p>The Word writer builds the small parts of the package (styles, title, page setup, draft watermark)
 * with Apache POI XWPF and streams the table itself straight into {@code word/document.xml}, so that
 * memory stays bounded for tens of thousands of rows; the Excel writer uses POI SXSSF.
 */
package ru.smolensk.registry.integration.office.write;
