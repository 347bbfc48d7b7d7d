package ru.smolensk.registry.integration.office.write;

import java.time.LocalDate;

import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/**
 * One event as the Excel export prints it: where it comes from, its official columns verbatim and the
 * values normalized from them. Labels are Russian already; any value may be null when unknown.
 *
 * @param periodCode the reporting period, e.g. {@code 2025-Q4}
 * @param kind plan or report
 * @param level municipal or regional
 * @param sectionTitle the section of the consolidated document, verbatim
 * @param organisationName the submitting organisation
 * @param sphereName the sphere of cooperation
 * @param number the row number as printed, e.g. «12.»
 * @param name the «Наименование мероприятия» column, verbatim
 * @param place the «Место проведения» column, verbatim
 * @param datesRaw the «Сроки проведения» column, verbatim
 * @param description the plan's «Описание мероприятия» column, verbatim
 * @param goal the plan's «Цель проведения мероприятия» column, verbatim
 * @param outcome the report's «Цель, содержание и результат» column, verbatim
 * @param participantsRaw the «Участники мероприятия» column, verbatim
 * @param start the first day, when the dates could be normalized
 * @param end the last day, when the dates could be normalized
 * @param precisionLabel how precise the normalized dates are, e.g. «день», «месяц»
 * @param countries the partner countries' Russian names joined with commas
 * @param formatLabel e.g. «очно», «онлайн»
 * @param participantCount the number of participants when stated
 * @param agreements the signed agreements, joined
 * @param statusLabel the event's status in the registry
 */
public record EventExportRow(String periodCode, DocumentKind kind, Level level, String sectionTitle,
        String organisationName, String sphereName, String number, String name, String place, String datesRaw,
        String description, String goal, String outcome, String participantsRaw, LocalDate start, LocalDate end,
        String precisionLabel, String countries, String formatLabel, Integer participantCount, String agreements,
        String statusLabel, String extraColumns) {
}
