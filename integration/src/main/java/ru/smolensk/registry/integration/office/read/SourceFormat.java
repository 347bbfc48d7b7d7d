package ru.smolensk.registry.integration.office.read;

/** The container format a document was read from, recognised by content rather than by file name. */
public enum SourceFormat {
    /** Word document (Office Open XML, {@code word/document.xml}). */
    DOCX,
    /** Word 97–2003 document (OLE2 compound file with a {@code WordDocument} stream). */
    DOC,
    /** OpenDocument text (zip with the {@code mimetype} {@code application/vnd.oasis.opendocument.text}). */
    ODT,
    /** Excel workbook (Office Open XML, {@code xl/workbook.xml}). */
    XLSX,
    /** Excel 97–2003 workbook (OLE2 compound file with a {@code Workbook} stream). */
    XLS;

    /** Whether the document is a word-processing one (a table among paragraphs) rather than a workbook. */
    public boolean isText() {
        return this == DOCX || this == DOC || this == ODT;
    }
}
