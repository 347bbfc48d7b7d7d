package ru.smolensk.registry.domain.model.event;

/** The grammatical class of a date expression as written in the official tables. */
public enum DateClass {
    /** «19 сентября 2025 года» */
    EXACT_DAY,
    /** «22-29 сентября 2025 года» */
    DAY_RANGE_SAME_MONTH,
    /** «24, 26 октября 2025 года» */
    DAY_LIST,
    /** «30 марта – 2 апреля 2024 года» */
    DAY_RANGE_CROSS_MONTH,
    /** «11 ноября 2026 года – 11 января 2027 года» */
    DAY_RANGE_CROSS_YEAR,
    /** «1 ноября 2025 года – настоящее время» */
    OPEN_ENDED,
    /** «март 2026 года» */
    MONTH,
    /** «март-апрель 2026 года» */
    MONTH_RANGE,
    /** «зима/лето 2026 года» */
    SEASON_ALTERNATIVES,
    /** «конец марта- начало апреля 2026 года» */
    FUZZY_MONTH_BOUNDARY,
    /** «IV квартал 2026 года» */
    QUARTER,
    /** «в течение II полугодия 2026 года» */
    WITHIN_HALF_YEAR,
    /** «в течение года» (the year comes from the document) */
    WITHIN_YEAR_IMPLICIT,
    /** «каждый месяц на протяжении 2026 года» */
    RECURRING_MONTHLY_YEAR,
    /** «Дата проведения уточняется» */
    TBD,
    /** Text that no rule recognises; the raw value is kept. */
    UNPARSED,
    /** «2026 год», «в течение 2026 года», «2025-2026 гг.» (typed into a form) */
    YEAR,
    /** «лето 2026 года» (a single season) */
    SEASON
}
