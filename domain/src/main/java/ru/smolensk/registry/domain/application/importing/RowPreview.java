package ru.smolensk.registry.domain.application.importing;

import java.time.LocalDate;

/**
 * One row of the preview: a row of the file against the entry stored at its place in the same plan or report, or a
 * stored entry the file no longer has.
 *
 * @param organization the organisation whose plan or report it goes into
 * @param number the row number as printed in the file (null for a stored entry the file no longer has)
 * @param name the event's name (the file's, or the stored one's for a deleted or kept entry)
 * @param datesText the dates as written
 * @param start the first day as understood, or null
 * @param end the last day as understood, or null
 * @param change what the import does to it
 * @param entryId the stored entry at its place, or null for a new one
 * @param typedOnScreen whether the stored entry was typed on screen after the last import
 */
public record RowPreview(ImportReport.Reference organization, String number, String name, String datesText,
        LocalDate start, LocalDate end, Change change, Long entryId, boolean typedOnScreen) {

    /** What an import does to a row. */
    public enum Change {
        NEW, CHANGED, UNCHANGED, DELETED,
        /** A stored entry typed on screen stays as typed (the person chose to keep such entries). */
        KEPT
    }
}
