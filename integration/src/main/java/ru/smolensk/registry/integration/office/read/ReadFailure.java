package ru.smolensk.registry.integration.office.read;

/** Why a file could not be read at all; each value carries the stable machine code of the failure. */
public enum ReadFailure {
    /** Not a zip-based Office document (random bytes, PDF, legacy .doc/.xls, an unrelated zip...). */
    NOT_OFFICE_DOCUMENT("not-office-document"),
    /** A zip or Office container that cannot be read (truncated, damaged XML...). */
    CORRUPTED("corrupted"),
    /** A password-protected (encrypted) Office file. */
    ENCRYPTED("encrypted"),
    /** The file is larger than the configured byte limit. */
    TOO_LARGE("too-large"),
    /** The archive would inflate to a suspicious size. */
    ZIP_BOMB("zip-bomb"),
    /** The document has no table (or the workbook no sheet with data). */
    NO_TABLE("no-table"),
    /** The header row of the table could not be recognised. */
    UNKNOWN_HEADER("unknown-header"),
    /** The reporting period could not be recognised. */
    UNKNOWN_PERIOD("unknown-period"),
    /** Neither a plan nor a report could be recognised. */
    UNKNOWN_KIND("unknown-kind"),
    /** Neither municipal nor regional level could be recognised. */
    UNKNOWN_LEVEL("unknown-level");

    private final String code;

    ReadFailure(String code) {
        this.code = code;
    }

    /** The stable machine-readable code, e.g. {@code zip-bomb}. */
    public String code() {
        return code;
    }
}
