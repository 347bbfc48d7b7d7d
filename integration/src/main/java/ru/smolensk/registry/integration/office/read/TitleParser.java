package ru.smolensk.registry.integration.office.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.smolensk.registry.domain.model.period.InvalidPeriodException;
import ru.smolensk.registry.domain.model.period.PeriodType;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/**
 * Recognises kind, level and period in the title of an official table, e.g. «План международных мероприятий
 * муниципальных образований Смоленской области на I полугодие 2026 года» or «Отчет о мероприятиях …, проведенных
 * исполнительными органами Смоленской области … во II квартале 2025 года».
 */
final class TitleParser {

    private static final Pattern PLAN = Pattern.compile("(?<!\\p{L})план(?!\\p{L})");
    private static final Pattern REPORT = Pattern.compile("(?<!\\p{L})отч[её]т(?!\\p{L})");
    private static final Pattern MUNICIPAL = Pattern.compile("муниципальн\\p{L}*\\s+(?:и\\s+городск\\p{L}*\\s+)?"
            + "(?:образовани|округ|район)|местного\\s+самоуправлени|городск\\p{L}*\\s+округ");
    private static final Pattern REGIONAL = Pattern.compile("исполнительн\\p{L}*\\s+орган");
    private static final Pattern PERIOD = Pattern.compile("(?<![\\p{L}\\d])"
            + "(iv|iii|ii|i|[1-4]|перв\\p{L}*|втор\\p{L}*|трет\\p{L}*|четв[её]рт\\p{L}*)"
            + "(?:\\s*-\\s*\\p{L}{1,3})?\\s+(полугоди|квартал|кв(?=[.\\s]))\\p{L}*\\.?(?:\\s*(\\d{4})(?!\\d))?");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20|21)\\d{2})(?!\\d)");

    private static final Pattern META_PLAN = Pattern.compile("план\\p{L}*|plan");
    private static final Pattern META_REPORT = Pattern.compile("отч[её]т\\p{L}*|report");
    private static final Pattern META_MUNICIPAL = Pattern.compile("муницип.*|municipal");
    private static final Pattern META_REGIONAL = Pattern.compile("(?:регион|областн|исполнительн).*|regional");
    private static final Pattern PERIOD_CODE = Pattern.compile("\\d{4}-[hq]\\d");

    private TitleParser() {
    }

    /** Everything the title tells; unknown parts are null. */
    static TitleFacts parse(String title) {
        String key = matchingKey(title);
        return new TitleFacts(kind(key), level(key), period(key));
    }

    /** The kind named in the title: the first of «план» and «отчет» wins. */
    static DocumentKind kind(String key) {
        Matcher plan = PLAN.matcher(key);
        Matcher report = REPORT.matcher(key);
        int planAt = plan.find() ? plan.start() : Integer.MAX_VALUE;
        int reportAt = report.find() ? report.start() : Integer.MAX_VALUE;
        if (planAt == reportAt) {
            return null;
        }
        return planAt < reportAt ? DocumentKind.PLAN : DocumentKind.REPORT;
    }

    /** The level named in the title; null when none or both are named. */
    static Level level(String key) {
        boolean municipal = MUNICIPAL.matcher(key).find();
        boolean regional = REGIONAL.matcher(key).find();
        if (municipal == regional) {
            return null;
        }
        return municipal ? Level.MUNICIPAL : Level.REGIONAL;
    }

    /** The half-year or quarter named in the title, or null. */
    static ReportingPeriod period(String key) {
        Matcher m = PERIOD.matcher(key);
        if (!m.find()) {
            return null;
        }
        int number = ordinal(m.group(1));
        PeriodType type = m.group(2).equals("полугоди") ? PeriodType.HALF_YEAR : PeriodType.QUARTER;
        int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : singleYear(key);
        if (year < 0) {
            return null;
        }
        try {
            return ReportingPeriod.of(year, type, number);
        } catch (InvalidPeriodException e) {
            return null;
        }
    }

    /** A kind written in a cell of its own: «План», «отчет», {@code PLAN}. */
    static DocumentKind kindValue(String text) {
        String key = matchingKey(text);
        if (META_PLAN.matcher(key).matches()) {
            return DocumentKind.PLAN;
        }
        if (META_REPORT.matcher(key).matches()) {
            return DocumentKind.REPORT;
        }
        return kind(key);
    }

    /** A level written in a cell of its own: «муниципальный», «региональный», {@code MUNICIPAL}. */
    static Level levelValue(String text) {
        String key = matchingKey(text);
        if (META_MUNICIPAL.matcher(key).matches()) {
            return Level.MUNICIPAL;
        }
        if (META_REGIONAL.matcher(key).matches()) {
            return Level.REGIONAL;
        }
        return level(key);
    }

    /** A period written in a cell of its own: {@code 2026-H1} or «I полугодие 2026 года». */
    static ReportingPeriod periodValue(String text) {
        String key = matchingKey(text);
        if (PERIOD_CODE.matcher(key).matches()) {
            try {
                return ReportingPeriod.parse(key);
            } catch (InvalidPeriodException e) {
                return null;
            }
        }
        return period(key);
    }

    /** Lower case, one line, «ё» as «е», Cyrillic «І» (often typed in Roman numerals) as Latin «i». */
    private static String matchingKey(String text) {
        return OfficeText.key(text).replace('і', 'i').replace('ӏ', 'i');
    }

    private static int ordinal(String token) {
        return switch (token) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            case "iv", "4" -> 4;
            default -> token.startsWith("перв") ? 1 : token.startsWith("втор") ? 2 : token.startsWith("трет") ? 3 : 4;
        };
    }

    private static int singleYear(String key) {
        Matcher m = YEAR.matcher(key);
        int year = -1;
        while (m.find()) {
            int found = Integer.parseInt(m.group(1));
            if (year >= 0 && found != year) {
                return -1;
            }
            year = found;
        }
        return year;
    }
}
