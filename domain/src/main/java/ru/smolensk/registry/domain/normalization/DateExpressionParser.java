package ru.smolensk.registry.domain.normalization;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.smolensk.registry.domain.model.event.DateClass;
import ru.smolensk.registry.domain.model.event.DatePrecision;
import ru.smolensk.registry.domain.model.event.ParseStatus;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;

/**
 * Reads the «Сроки проведения» cell: every class of the official tables («19 сентября 2025 года»,
 * «22-29 сентября 2025 года», «30 марта – 2 апреля 2024 года», «март-апрель 2026 года», «IV квартал
 * 2026 года», «в течение года», «Дата проведения уточняется» …) with all their typographic variants,
 * and the forms people type into a form («22.05.2025», «22.05.2025 - 25.05.2025», «май 2026 г.»,
 * «2026 год»).
 *
 * <p>
 * Choices where the text is vague:
 * <ul>
 * <li>Seasons: winter of year Y is 1 January – end of February of Y (the part of the winter that
 * belongs to the calendar year Y, so «зима 2026» in a 2026-H1 plan stays inside it; December Y is not
 * included), spring March–May, summer June–August, autumn September–November. Several seasons
 * («зима/лето 2026 года») span from the start of the first to the end of the last; precision
 * {@link DatePrecision#SEASON}.</li>
 * <li>Fuzzy month parts: «начало» = days 1–10, «середина» = 11–20, «конец» = 21 – last day; «первая
 * половина» = 1–15, «вторая половина» = 16 – last day. The precision is {@link DatePrecision#MONTH},
 * because the boundaries are only known to within a part of a month.</li>
 * <li>A missing year is taken from the document period with a warning («в течение года» takes it
 * silently, that is what the expression means); without a period the result is UNPARSED.</li>
 * </ul>
 * Never throws: unrecognised text gives {@link ParseStatus#UNPARSED} with a Russian warning. A range
 * outside the document period gives a warning, not an error. Thread-safe.
 */
public final class DateExpressionParser {

    private static final String YEAR = "(\\d{4})(?:\\s*(?:года|году|годов|годы|год|гг\\.?|г\\.?))?";
    private static final String OPT_YEAR = "(?:\\s+" + YEAR + ")?";
    private static final String DAY = "(\\d{1,2})";
    private static final String MONTH = "([а-я]{3,9}\\.?)";
    private static final String TO = "(?:\\s*-\\s*|\\s+по\\s+)";
    private static final String FROM = "(?:с\\s+)?";
    private static final String ROMAN_OR_DIGIT = "([ivxlcdmхі]+|\\d)(?:-?(?:е|го|й|м))?";
    private static final String SEASON = "(зим[аеуы]|зимой|весн[аеуы]|весной|лет[оау]|летом|осен[ьи]|осенью)";
    private static final String PART = "(начал[оеа]|середин[аеуы]|кон[е]?ц[еау]?|перв(?:ая|ой|ую) половин[аеуы]"
            + "|втор(?:ая|ой|ую) половин[аеуы])";
    private static final String NUMERIC = "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?:\\s*(?:года|г\\.?))?";
    private static final String PRESENT = "(?:по\\s+)?(?:настоящее время|настоящий момент|текущее время|н\\.\\s?в\\.?"
            + "|наст\\.\\s?вр(?:\\.|емя)?|сегодняшний день)";

    private static final Pattern SEASON_WORD = Pattern.compile(SEASON);
    private static final Pattern DASHES = Pattern.compile("[\\u2012\\u2013\\u2014\\u2015\\u2212\\uFE63\\uFF0D]");
    private static final Pattern SPACED_HYPHEN = Pattern.compile("\\s*-\\s*");
    private static final Pattern APPROXIMATELY = Pattern.compile(
            "^(ориентировочно|предположительно|примерно|планируется|предварительно),?\\s+");

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private static final List<Rule> RULES = List.of(
            rule("(?:(?:дата|сроки?)(?: проведения)?(?: мероприятия)?\\s+)?(?:уточняется|уточняются|будет уточнена"
                    + "|будут уточнены|определяется|будет определена|будут определены|не определен[аы]?)"
                    + "|по согласованию(?: сторон)?|tbd", DateExpressionParser::tbd),
            rule("(?:(?:в течение|на протяжении)\\s+(?:всего\\s+|текущего\\s+)?года|весь год|круглый год"
                    + "|круглогодично)", DateExpressionParser::withinYear),
            rule("(?:каждый месяц|ежемесячно)(?:\\s+(?:на протяжении|в течение))?" + OPT_YEAR,
                    DateExpressionParser::recurringMonthly),
            rule("(?:(?:в течение|на протяжении)\\s+)?" + ROMAN_OR_DIGIT + "\\s+полугоди[еяюи]" + OPT_YEAR,
                    DateExpressionParser::halfYear),
            rule("(?:(?:в течение|на протяжении)\\s+)?" + ROMAN_OR_DIGIT + "\\s+квартал[аеу]?" + OPT_YEAR,
                    DateExpressionParser::quarter),
            rule("(?:в\\s+)?" + SEASON + "((?:\\s*(?:/|,|-|или|и)\\s*" + SEASON + ")*)" + OPT_YEAR,
                    DateExpressionParser::seasons),
            rule("(?:в\\s+)?" + PART + "\\s+" + MONTH + "(?:\\s+(\\d{4})(?:\\s*(?:года|г\\.?))?)?(?:\\s*(?:-|/)\\s*"
                    + "(?:в\\s+)?" + PART + "\\s+" + MONTH + ")?" + OPT_YEAR, DateExpressionParser::fuzzy),
            rule("(?:(?:с|начиная с)\\s+)?" + DAY + "\\s+" + MONTH + OPT_YEAR + "(?:" + TO + PRESENT + ")",
                    DateExpressionParser::openEnded),
            rule("(?:с|начиная с)\\s+" + DAY + "\\s+" + MONTH + OPT_YEAR, DateExpressionParser::openEnded),
            rule(FROM + NUMERIC + TO + NUMERIC, DateExpressionParser::numericRange),
            rule(FROM + DAY + TO + DAY + "\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?:\\s*(?:года|г\\.?))?",
                    DateExpressionParser::numericDayRange),
            rule(FROM + DAY + "\\.(\\d{1,2})" + TO + NUMERIC, DateExpressionParser::numericDayMonthRange),
            rule(NUMERIC, DateExpressionParser::numericDay),
            rule("(\\d{4})-(\\d{2})-(\\d{2})", DateExpressionParser::isoDay),
            rule(FROM + DAY + "\\s+" + MONTH + "\\s+" + YEAR + TO + DAY + "\\s+" + MONTH + "\\s+" + YEAR,
                    DateExpressionParser::crossYear),
            rule(FROM + DAY + "\\s+" + MONTH + TO + DAY + "\\s+" + MONTH + OPT_YEAR,
                    DateExpressionParser::crossMonth),
            rule(FROM + DAY + TO + DAY + "\\s+" + MONTH + OPT_YEAR, DateExpressionParser::sameMonth),
            rule("(\\d{1,2}(?:-\\d{1,2})?(?:\\s*(?:,|и)\\s*\\d{1,2}(?:-\\d{1,2})?)+)\\s+" + MONTH + OPT_YEAR,
                    DateExpressionParser::dayList),
            rule(DAY + "\\s+" + MONTH + OPT_YEAR, DateExpressionParser::exactDay),
            rule("(?:(?:в|с)\\s+)?" + MONTH + "\\s+" + YEAR + TO + MONTH + "\\s+" + YEAR,
                    DateExpressionParser::monthRangeWithYears),
            rule("(?:(?:в|с)\\s+)?" + MONTH + "(?:\\s*-\\s*|\\s*/\\s*|\\s+по\\s+)" + MONTH + OPT_YEAR,
                    DateExpressionParser::monthRange),
            rule("(?:в\\s+)?" + MONTH + OPT_YEAR, DateExpressionParser::month),
            rule("(?:(?:в течение|на протяжении|в|на|с)\\s+)?(\\d{4})(?:(?:\\s*-\\s*|\\s+по\\s+)(\\d{4}))?"
                    + "(?:\\s*(?:года|году|годов|годы|год|гг\\.?|г\\.?))?", DateExpressionParser::year));

    /**
     * Parses one date cell.
     *
     * @param raw the cell text, verbatim (may be {@code null} or blank)
     * @param documentPeriod the period of the document the cell comes from, or {@code null}; it gives
     *        the year of «в течение года» and of dates typed without a year, and is used to warn about
     *        dates outside it
     */
    public ParsedDate parse(String raw, ReportingPeriod documentPeriod) {
        String original = raw == null ? "" : raw;
        String text = TextHygiene.normalize(original);
        if (text.isEmpty()) {
            return new ParsedDate(original, null, null, DatePrecision.UNKNOWN, DateClass.UNPARSED, null, List.of(),
                    ParseStatus.EMPTY);
        }
        String qualifier = null;
        int open = trailingParenthesis(text);
        if (open > 0) {
            qualifier = text.substring(open + 1, text.length() - 1).trim();
            text = text.substring(0, open).trim();
        } else if (open == 0) {
            text = text.substring(1, text.length() - 1).trim();
        }
        String work = SPACED_HYPHEN.matcher(DASHES.matcher(text.toLowerCase(Locale.ROOT).replace('ё', 'е'))
                .replaceAll("-")).replaceAll("-");
        Matcher approximately = APPROXIMATELY.matcher(work);
        if (approximately.find()) {
            String word = text.substring(0, approximately.group(1).length());
            qualifier = qualifier == null ? word : word + "; " + qualifier;
            work = work.substring(approximately.end());
        }
        Context context = new Context(documentPeriod);
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(work);
            if (m.matches()) {
                Reading reading = rule.reader().apply(m, context);
                if (reading != null) {
                    return finish(original, reading, qualifier, context);
                }
                context.warnings.clear();
            }
        }
        context.warnings.add("Не удалось распознать дату «" + text + "». Ожидается, например, «19 сентября 2025 года»,"
                + " «22-29 сентября 2025 года», «март 2026 года», «IV квартал 2026 года» или «22.05.2025»");
        return new ParsedDate(original, null, null, DatePrecision.UNKNOWN, DateClass.UNPARSED, qualifier,
                context.warnings, ParseStatus.UNPARSED);
    }

    private static ParsedDate finish(String raw, Reading reading, String qualifier, Context context) {
        if (reading.failed()) {
            return new ParsedDate(raw, null, null, reading.precision(), reading.dateClass(), qualifier,
                    context.warnings, ParseStatus.UNPARSED);
        }
        LocalDate start = reading.start();
        LocalDate end = reading.end();
        if (start != null && end != null && end.isBefore(start)) {
            context.warnings
                    .add("Дата окончания " + DOTTED.format(end) + " раньше даты начала " + DOTTED.format(start));
            return new ParsedDate(raw, null, null, reading.precision(), reading.dateClass(), qualifier,
                    context.warnings, ParseStatus.UNPARSED);
        }
        ReportingPeriod period = context.period;
        if (period != null && start != null) {
            LocalDate last = end == null ? start : end;
            if (start.isBefore(period.start()) || last.isAfter(period.end())) {
                context.warnings.add("Даты мероприятия выходят за пределы отчетного периода (" + period.russianName()
                        + ": " + DOTTED.format(period.start()) + "–" + DOTTED.format(period.end()) + ")");
            }
        }
        return new ParsedDate(raw, start, end, reading.precision(), reading.dateClass(), qualifier, context.warnings,
                ParseStatus.OK);
    }

    /** Index of the «(» that opens a parenthesis closing the text, or -1. */
    private static int trailingParenthesis(String text) {
        if (!text.endsWith(")")) {
            return -1;
        }
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    // ---- readers: each returns null when the match is not really of its class ----

    private static Reading tbd(Matcher m, Context c) {
        return new Reading(null, null, DatePrecision.UNKNOWN, DateClass.TBD, false);
    }

    private static Reading withinYear(Matcher m, Context c) {
        if (c.period == null) {
            c.warnings.add("«В течение года»: год не указан, а отчетный период документа неизвестен");
            return Reading.failed(DatePrecision.YEAR, DateClass.WITHIN_YEAR_IMPLICIT);
        }
        int y = c.period.year();
        return new Reading(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR,
                DateClass.WITHIN_YEAR_IMPLICIT, false);
    }

    private static Reading recurringMonthly(Matcher m, Context c) {
        Integer y = c.year(m.group(1));
        if (y == null) {
            return Reading.failed(DatePrecision.YEAR, DateClass.RECURRING_MONTHLY_YEAR);
        }
        return new Reading(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR,
                DateClass.RECURRING_MONTHLY_YEAR, false);
    }

    private static Reading halfYear(Matcher m, Context c) {
        int half = ordinal(m.group(1));
        if (half < 1 || half > 2) {
            c.warnings.add("Номер полугодия должен быть 1 или 2: " + m.group(1).toUpperCase(Locale.ROOT));
            return Reading.failed(DatePrecision.HALF_YEAR, DateClass.WITHIN_HALF_YEAR);
        }
        Integer y = c.year(m.group(2));
        if (y == null) {
            return Reading.failed(DatePrecision.HALF_YEAR, DateClass.WITHIN_HALF_YEAR);
        }
        ReportingPeriod p = ReportingPeriod.halfYear(y, half);
        return new Reading(p.start(), p.end(), DatePrecision.HALF_YEAR, DateClass.WITHIN_HALF_YEAR, false);
    }

    private static Reading quarter(Matcher m, Context c) {
        int q = ordinal(m.group(1));
        if (q < 1 || q > 4) {
            c.warnings.add("Номер квартала должен быть от 1 до 4: " + m.group(1).toUpperCase(Locale.ROOT));
            return Reading.failed(DatePrecision.QUARTER, DateClass.QUARTER);
        }
        Integer y = c.year(m.group(2));
        if (y == null) {
            return Reading.failed(DatePrecision.QUARTER, DateClass.QUARTER);
        }
        ReportingPeriod p = ReportingPeriod.quarter(y, q);
        return new Reading(p.start(), p.end(), DatePrecision.QUARTER, DateClass.QUARTER, false);
    }

    private static Reading seasons(Matcher m, Context c) {
        boolean several = !m.group(2).isBlank();
        DateClass dateClass = several ? DateClass.SEASON_ALTERNATIVES : DateClass.SEASON;
        Integer y = c.year(m.group(4));
        if (y == null) {
            return Reading.failed(DatePrecision.SEASON, dateClass);
        }
        int first = seasonStartMonth(m.group(1));
        int last = first;
        Matcher each = SEASON_WORD.matcher(m.group(2));
        while (each.find()) {
            int month = seasonStartMonth(each.group(1));
            first = Math.min(first, month);
            last = Math.max(last, month);
        }
        LocalDate start = LocalDate.of(y, first, 1);
        LocalDate end = YearMonth.of(y, last == 1 ? 2 : last + 2).atEndOfMonth();
        return new Reading(start, end, DatePrecision.SEASON, dateClass, false);
    }

    private static Reading fuzzy(Matcher m, Context c) {
        int firstMonth = RussianMonths.monthOf(m.group(2));
        String secondPart = m.group(4);
        int secondMonth = secondPart == null ? firstMonth : RussianMonths.monthOf(m.group(5));
        if (firstMonth == 0 || secondMonth == 0 || m.group(3) != null && m.group(6) != null && secondPart == null) {
            return null;
        }
        String firstYear = secondPart == null ? null : m.group(3);
        Integer y = c.year(secondPart == null && m.group(6) == null ? m.group(3) : m.group(6));
        if (y == null || firstYear != null && !c.yearInRange(Integer.parseInt(firstYear))) {
            return Reading.failed(DatePrecision.MONTH, DateClass.FUZZY_MONTH_BOUNDARY);
        }
        int startYear = firstYear != null ? Integer.parseInt(firstYear) : secondMonth < firstMonth ? y - 1 : y;
        YearMonth from = YearMonth.of(startYear, firstMonth);
        YearMonth to = YearMonth.of(y, secondMonth);
        String endPart = secondPart == null ? m.group(1) : secondPart;
        LocalDate start = from.atDay(partFirstDay(m.group(1)));
        LocalDate end = to.atDay(partLastDay(endPart, to.lengthOfMonth()));
        return new Reading(start, end, DatePrecision.MONTH, DateClass.FUZZY_MONTH_BOUNDARY, false);
    }

    private static Reading openEnded(Matcher m, Context c) {
        int month = RussianMonths.monthOf(m.group(2));
        if (month == 0) {
            return null;
        }
        Integer y = c.year(m.group(3));
        LocalDate start = y == null ? null : c.date(y, month, m.group(1));
        if (start == null) {
            return Reading.failed(DatePrecision.DAY, DateClass.OPEN_ENDED);
        }
        return new Reading(start, null, DatePrecision.DAY, DateClass.OPEN_ENDED, false);
    }

    private static Reading numericRange(Matcher m, Context c) {
        LocalDate start = c.date(fullYear(m.group(3)), Integer.parseInt(m.group(2)), m.group(1));
        LocalDate end = c.date(fullYear(m.group(6)), Integer.parseInt(m.group(5)), m.group(4));
        return dayRange(start, end);
    }

    private static Reading numericDayRange(Matcher m, Context c) {
        int y = fullYear(m.group(4));
        int month = Integer.parseInt(m.group(3));
        return dayRange(c.date(y, month, m.group(1)), c.date(y, month, m.group(2)));
    }

    private static Reading numericDayMonthRange(Matcher m, Context c) {
        int y = fullYear(m.group(5));
        int startMonth = Integer.parseInt(m.group(2));
        int endMonth = Integer.parseInt(m.group(4));
        int startYear = startMonth > endMonth ? y - 1 : y;
        return dayRange(c.date(startYear, startMonth, m.group(1)), c.date(y, endMonth, m.group(3)));
    }

    private static Reading numericDay(Matcher m, Context c) {
        LocalDate day = c.date(fullYear(m.group(3)), Integer.parseInt(m.group(2)), m.group(1));
        return day == null
                ? Reading.failed(DatePrecision.DAY, DateClass.EXACT_DAY)
                : new Reading(day, day, DatePrecision.DAY, DateClass.EXACT_DAY, false);
    }

    private static Reading isoDay(Matcher m, Context c) {
        LocalDate day = c.date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
        return day == null
                ? Reading.failed(DatePrecision.DAY, DateClass.EXACT_DAY)
                : new Reading(day, day, DatePrecision.DAY, DateClass.EXACT_DAY, false);
    }

    private static Reading crossYear(Matcher m, Context c) {
        int startMonth = RussianMonths.monthOf(m.group(2));
        int endMonth = RussianMonths.monthOf(m.group(5));
        if (startMonth == 0 || endMonth == 0) {
            return null;
        }
        LocalDate start = c.date(Integer.parseInt(m.group(3)), startMonth, m.group(1));
        LocalDate end = c.date(Integer.parseInt(m.group(6)), endMonth, m.group(4));
        return dayRange(start, end);
    }

    private static Reading crossMonth(Matcher m, Context c) {
        int startMonth = RussianMonths.monthOf(m.group(2));
        int endMonth = RussianMonths.monthOf(m.group(4));
        if (startMonth == 0 || endMonth == 0) {
            return null;
        }
        Integer y = c.year(m.group(5));
        if (y == null) {
            return Reading.failed(DatePrecision.DAY, DateClass.DAY_RANGE_CROSS_MONTH);
        }
        int startYear = startMonth > endMonth ? y - 1 : y;
        return dayRange(c.date(startYear, startMonth, m.group(1)), c.date(y, endMonth, m.group(3)));
    }

    private static Reading sameMonth(Matcher m, Context c) {
        int month = RussianMonths.monthOf(m.group(3));
        if (month == 0) {
            return null;
        }
        Integer y = c.year(m.group(4));
        if (y == null) {
            return Reading.failed(DatePrecision.DAY, DateClass.DAY_RANGE_SAME_MONTH);
        }
        return dayRange(c.date(y, month, m.group(1)), c.date(y, month, m.group(2)));
    }

    private static Reading dayList(Matcher m, Context c) {
        int month = RussianMonths.monthOf(m.group(2));
        if (month == 0) {
            return null;
        }
        Integer y = c.year(m.group(3));
        if (y == null) {
            return Reading.failed(DatePrecision.DAY, DateClass.DAY_LIST);
        }
        LocalDate first = null;
        LocalDate last = null;
        boolean valid = true;
        for (String day : m.group(1).split("\\s*(?:,|и|-)\\s*")) {
            LocalDate date = c.date(y, month, day);
            if (date == null) {
                valid = false;
                continue;
            }
            first = first == null || date.isBefore(first) ? date : first;
            last = last == null || date.isAfter(last) ? date : last;
        }
        return valid
                ? new Reading(first, last, DatePrecision.DAY, DateClass.DAY_LIST, false)
                : Reading.failed(DatePrecision.DAY, DateClass.DAY_LIST);
    }

    private static Reading exactDay(Matcher m, Context c) {
        int month = RussianMonths.monthOf(m.group(2));
        if (month == 0) {
            return null;
        }
        Integer y = c.year(m.group(3));
        LocalDate day = y == null ? null : c.date(y, month, m.group(1));
        return day == null
                ? Reading.failed(DatePrecision.DAY, DateClass.EXACT_DAY)
                : new Reading(day, day, DatePrecision.DAY, DateClass.EXACT_DAY, false);
    }

    private static Reading monthRangeWithYears(Matcher m, Context c) {
        int startMonth = RussianMonths.monthOf(m.group(1));
        int endMonth = RussianMonths.monthOf(m.group(3));
        if (startMonth == 0 || endMonth == 0) {
            return null;
        }
        int startYear = Integer.parseInt(m.group(2));
        int endYear = Integer.parseInt(m.group(4));
        if (!c.yearInRange(startYear) || !c.yearInRange(endYear)) {
            return Reading.failed(DatePrecision.MONTH, DateClass.MONTH_RANGE);
        }
        YearMonth from = YearMonth.of(startYear, startMonth);
        YearMonth to = YearMonth.of(endYear, endMonth);
        return new Reading(from.atDay(1), to.atEndOfMonth(), DatePrecision.MONTH, DateClass.MONTH_RANGE, false);
    }

    private static Reading monthRange(Matcher m, Context c) {
        int startMonth = RussianMonths.monthOf(m.group(1));
        int endMonth = RussianMonths.monthOf(m.group(2));
        if (startMonth == 0 || endMonth == 0) {
            return null;
        }
        Integer y = c.year(m.group(3));
        if (y == null) {
            return Reading.failed(DatePrecision.MONTH, DateClass.MONTH_RANGE);
        }
        YearMonth from = YearMonth.of(startMonth > endMonth ? y - 1 : y, startMonth);
        YearMonth to = YearMonth.of(y, endMonth);
        return new Reading(from.atDay(1), to.atEndOfMonth(), DatePrecision.MONTH, DateClass.MONTH_RANGE, false);
    }

    private static Reading month(Matcher m, Context c) {
        int month = RussianMonths.monthOf(m.group(1));
        if (month == 0) {
            return null;
        }
        Integer y = c.year(m.group(2));
        if (y == null) {
            return Reading.failed(DatePrecision.MONTH, DateClass.MONTH);
        }
        YearMonth ym = YearMonth.of(y, month);
        return new Reading(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, DateClass.MONTH, false);
    }

    private static Reading year(Matcher m, Context c) {
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        if (!c.yearInRange(first) || !c.yearInRange(last)) {
            return Reading.failed(DatePrecision.YEAR, DateClass.YEAR);
        }
        return new Reading(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), DatePrecision.YEAR, DateClass.YEAR,
                false);
    }

    // ---- helpers ----

    private static Reading dayRange(LocalDate start, LocalDate end) {
        DateClass dateClass;
        if (start == null || end == null) {
            return Reading.failed(DatePrecision.DAY, DateClass.DAY_RANGE_SAME_MONTH);
        } else if (start.getYear() != end.getYear()) {
            dateClass = DateClass.DAY_RANGE_CROSS_YEAR;
        } else if (start.getMonthValue() != end.getMonthValue()) {
            dateClass = DateClass.DAY_RANGE_CROSS_MONTH;
        } else if (start.equals(end)) {
            dateClass = DateClass.EXACT_DAY;
        } else {
            dateClass = DateClass.DAY_RANGE_SAME_MONTH;
        }
        return new Reading(start, end, DatePrecision.DAY, dateClass, false);
    }

    private static int ordinal(String text) {
        String s = text.toUpperCase(Locale.ROOT).replace('Х', 'X').replace('І', 'I');
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        OptionalInt value = RomanNumerals.parse(s);
        return value.orElse(0);
    }

    private static int fullYear(String text) {
        int y = Integer.parseInt(text);
        return text.length() == 2 ? 2000 + y : y;
    }

    private static int seasonStartMonth(String season) {
        if (season.startsWith("зим")) {
            return 1;
        } else if (season.startsWith("весн")) {
            return 3;
        } else if (season.startsWith("лет")) {
            return 6;
        }
        return 9;
    }

    private static int partFirstDay(String part) {
        if (part.startsWith("середин")) {
            return 11;
        } else if (part.startsWith("кон")) {
            return 21;
        } else if (part.startsWith("втор")) {
            return 16;
        }
        return 1;
    }

    private static int partLastDay(String part, int monthLength) {
        if (part.startsWith("начал")) {
            return 10;
        } else if (part.startsWith("середин")) {
            return 20;
        } else if (part.startsWith("перв")) {
            return 15;
        }
        return monthLength;
    }

    private static Rule rule(String regex, BiFunction<Matcher, Context, Reading> reader) {
        return new Rule(Pattern.compile("(?:" + regex + ")\\s*[.,;]?"), reader);
    }

    private record Rule(Pattern pattern, BiFunction<Matcher, Context, Reading> reader) {
    }

    private record Reading(LocalDate start, LocalDate end, DatePrecision precision, DateClass dateClass,
            boolean failed) {

        static Reading failed(DatePrecision precision, DateClass dateClass) {
            return new Reading(null, null, precision, dateClass, true);
        }
    }

    /** Per-call state: the document period and the warnings collected so far. */
    private static final class Context {
        private final ReportingPeriod period;
        private final List<String> warnings = new ArrayList<>(2);

        Context(ReportingPeriod period) {
            this.period = period;
        }

        /** The written year, or the document year with a warning, or null with a warning. */
        Integer year(String written) {
            if (written != null) {
                int y = Integer.parseInt(written);
                return yearInRange(y) ? y : null;
            }
            if (period == null) {
                warnings.add("Год не указан, а отчетный период документа неизвестен: даты не определены");
                return null;
            }
            warnings.add("Год не указан; принят год отчетного периода (" + period.year() + ")");
            return period.year();
        }

        boolean yearInRange(int y) {
            if (y < MIN_YEAR || y > MAX_YEAR) {
                warnings.add("Год " + y + " вне допустимого диапазона " + MIN_YEAR + "–" + MAX_YEAR);
                return false;
            }
            return true;
        }

        /** The date, or null with a warning when it does not exist (31 февраля). */
        LocalDate date(int y, int month, String day) {
            int d = Integer.parseInt(day);
            if (!yearInRange(y)) {
                return null;
            }
            if (month < 1 || month > 12) {
                warnings.add("Несуществующая дата: " + day + "." + month + "." + y + " (месяц " + month + ")");
                return null;
            }
            try {
                return LocalDate.of(y, month, d);
            } catch (DateTimeException e) {
                warnings.add("Несуществующая дата: " + d + " " + RussianMonths.genitive(month) + " " + y + " года");
                return null;
            }
        }
    }
}
