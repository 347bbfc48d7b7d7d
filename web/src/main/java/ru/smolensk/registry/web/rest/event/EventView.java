package ru.smolensk.registry.web.rest.event;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.smolensk.registry.domain.model.event.DateRange;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventSummary;

/**
 * An event entry as the API shows it: the official columns verbatim and the normalized values; {@code extraColumns}
 * are the imported table's columns that are not official ones, verbatim in table order (only on a single entry, null
 * in lists). The same object is the body that creates and changes an entry: its read-only parts are ignored on write.
 */
@Schema(description = "Мероприятие — запись плана или отчета: графы официального документа дословно"
        + " и значения, прочитанные из них. Тот же объект принимают POST и PUT: поля «только для чтения» при записи"
        + " не учитываются, так что прочитанное мероприятие можно изменить и отправить обратно.", requiredProperties = {
                "name"})
public record EventView(
        @Schema(readOnly = true, description = "Идентификатор записи", example = "1024") long id,
        @Schema(description = "План или отчет, в который входит запись; нужен при создании, при изменении не"
                + " учитывается", example = "12") long submissionId,
        @Schema(readOnly = true, description = "Период: полугодие плана (2026-H1) или квартал отчета (2025-Q4)", example = "2026-H1", pattern = "\\d{4}-(H[12]|Q[1-4])") String period,
        @Schema(readOnly = true, description = "Вид документа: PLAN — план, REPORT — отчет", enumeration = {
                "PLAN",
                "REPORT"}) String kind,
        @Schema(readOnly = true, description = "Уровень: MUNICIPAL — муниципальные образования, REGIONAL —"
                + " исполнительные органы области", enumeration = {"MUNICIPAL", "REGIONAL"}) String level,
        @Schema(readOnly = true, description = "Статус документа: DRAFT — черновик, SUBMITTED — на рассмотрении,"
                + " RETURNED — возвращен на доработку, APPROVED — утвержден", enumeration = {"DRAFT", "SUBMITTED",
                        "RETURNED", "APPROVED"}) String status,
        @Schema(readOnly = true, description = "Организация, представившая документ") Reference organization,
        @Schema(description = "Сфера (только в региональных документах): код при записи — строкой или как"
                + " {\"code\": …}") Reference sphere,
        @Schema(readOnly = true, description = "Раздел документа", example = "Город Смоленск") String section,
        @Schema(readOnly = true, description = "№ п/п в документе", example = "1") int ordinal,
        @Schema(description = "Наименование мероприятия", maxLength = 20000, example = "Российско-китайская"
                + " зимняя/летняя медицинская школа") String name,
        @Schema(description = "Место проведения мероприятия", maxLength = 20000, example = "г. Смоленск") String place,
        @Schema(description = "Сроки проведения: при записи читается только text (можно передать и просто строку)") Dates dates,
        @Schema(description = "Описание мероприятия", maxLength = 20000, example = "Проведение перекрестной встречи"
                + " студентов медицинских ВУЗов") String description,
        @Schema(description = "Цель проведения мероприятия", maxLength = 20000, example = "Обмен знаниями,"
                + " передовыми технологиями и культурными традициями") String goal,
        @Schema(description = "Итоги (графа отчета)", maxLength = 20000, example = "Проведено, 120 участников") String outcome,
        @Schema(description = "Участники мероприятия (страна, другие дополнительные сведения)", maxLength = 20000, example = "Студенты медицинских ВУЗов г. Смоленска и г. Цюйфу (КНР)") String participants,
        @Schema(readOnly = true, description = "Формат: IN_PERSON — очно, REMOTE — дистанционно, HYBRID —"
                + " смешанный, UNKNOWN — не указан", enumeration = {"IN_PERSON", "REMOTE", "HYBRID",
                        "UNKNOWN"}) String format,
        @Schema(readOnly = true, description = "Роль области: HOST — принимающая сторона, CO_ORGANISER —"
                + " соорганизатор, PARTICIPANT — участник, UNKNOWN — не указана", enumeration = {"HOST",
                        "CO_ORGANISER", "PARTICIPANT", "UNKNOWN"}) String role,
        @Schema(readOnly = true, description = "Страны-участницы (ISO 3166-1 alpha-2), прочитанные из граф", example = "[\"CN\"]") List<String> countries,
        @Schema(readOnly = true, description = "Число участников, если указано", example = "120") Integer participantsCount,
        @Schema(readOnly = true, description = "Запись плана, которую выполняет эта запись отчета") Long planEntryId,
        @Schema(readOnly = true, description = "Версия записи (то же, что ETag)", example = "3") long version,
        @Schema(readOnly = true, description = "Столбцы загруженного документа, которых нет в официальной форме"
                + " («Ответственный исполнитель», «Источник финансирования» …), дословно в порядке таблицы; только"
                + " у отдельной записи (в списках null)") List<ExtraColumn> extraColumns){

    /** A column of the imported table that is not an official one, with its text for this entry. */
    @Schema(name = "ExtraColumn", description = "Дополнительный столбец документа: заголовок и текст")
    public record ExtraColumn(
            @Schema(description = "Заголовок столбца", example = "Ответственный исполнитель") String header,
            @Schema(description = "Текст ячейки дословно", example = "Иванов И. И.") String text) {
    }

    /** An organisation or sphere by code and name. */
    @Schema(name = "CodeAndName", description = "Организация или сфера: код и наименование")
    public record Reference(@Schema(description = "Код", example = "smolensk") String code,
            @Schema(readOnly = true, description = "Наименование", example = "Город Смоленск") String name) {
    }

    /** The dates column verbatim and its reading. */
    @Schema(name = "EventDates", description = "Графа «Сроки проведения» дословно и ее прочтение")
    public record Dates(
            @Schema(description = "Графа дословно", maxLength = 20000, example = "зима/лето 2026 года") String text,
            @Schema(readOnly = true, description = "Первый день (ISO 8601)", example = "2026-01-01") LocalDate start,
            @Schema(readOnly = true, description = "Последний день (ISO 8601)", example = "2026-08-31") LocalDate end,
            @Schema(readOnly = true, description = "Точность: DAY — день, MONTH — месяц, SEASON — сезон, QUARTER —"
                    + " квартал, HALF_YEAR — полугодие, YEAR — год, UNKNOWN — не определена", enumeration = {
                            "DAY",
                            "MONTH", "SEASON", "QUARTER", "HALF_YEAR", "YEAR", "UNKNOWN"}) String precision,
            @Schema(readOnly = true, description = "Вид записи сроков, например EXACT_DAY («19 сентября 2025"
                    + " года»), MONTH («март 2026 года»), SEASON_ALTERNATIVES («зима/лето 2026 года»), UNPARSED"
                    + " (не распознано)", example = "SEASON_ALTERNATIVES") String dateClass,
            @Schema(readOnly = true, description = "Уточнение, отделенное от сроков", example = "ежегодно") String qualifier){
    }

    public static EventView of(EventEntry e) {
        return of(EventSummary.of(e), e.extraColumns().texts().entrySet().stream()
                .map(c -> new ExtraColumn(c.getKey(), c.getValue())).toList());
    }

    public static EventView of(EventSummary e) {
        return of(e, null);
    }

    private static EventView of(EventSummary e, List<ExtraColumn> extras) {
        DateRange d = e.dates();
        return new EventView(e.id(), e.submissionId(), e.period().code(), e.kind().name(), e.level().name(),
                e.status().name(), new Reference(e.organizationCode(), e.organizationName()),
                e.sphereCode() == null ? null : new Reference(e.sphereCode(), e.sphereName()), e.sectionTitle(),
                e.ordinal(), e.columns().name(), e.columns().place(),
                new Dates(e.columns().dates(), d == null ? null : d.start(), d == null ? null : d.end(),
                        d == null || d.precision() == null ? null : d.precision().name(),
                        d == null || d.dateClass() == null ? null : d.dateClass().name(),
                        d == null ? null : d.qualifier()),
                e.columns().description(), e.columns().goal(), e.columns().outcome(), e.columns().participants(),
                e.format() == null ? null : e.format().name(), e.role() == null ? null : e.role().name(),
                e.countryCodes(), e.participantsCount(), e.planEntryId(), e.version(), extras);
    }
}
