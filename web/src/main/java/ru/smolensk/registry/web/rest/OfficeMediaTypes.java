package ru.smolensk.registry.web.rest;

/** The media types of the official documents the API reads and writes. */
public final class OfficeMediaTypes {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private OfficeMediaTypes() {
    }
}
