package ru.smolensk.registry.integration.office.read;

/** The container format a document was read from, recognised by content rather than by file name. */
public enum SourceFormat {
    /** Word document (Office Open XML, {@code word/document.xml}). */
    DOCX,
    /** Excel workbook (Office Open XML, {@code xl/workbook.xml}). */
    XLSX
}
