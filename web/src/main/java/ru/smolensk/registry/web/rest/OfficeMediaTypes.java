package ru.smolensk.registry.web.rest;

/** The media types of the official documents the API reads and writes. */
public final class OfficeMediaTypes {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Word 97–2003. */
    public static final String DOC = "application/msword";
    /** Excel 97–2003. */
    public static final String XLS = "application/vnd.ms-excel";
    /** OpenDocument text. */
    public static final String ODT = "application/vnd.oasis.opendocument.text";

    private OfficeMediaTypes() {
    }
}
