package ru.smolensk.registry.integration.office.write;

import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of exported events by country, by section and organisation, and by month of the start date,
 * accumulated while the rows stream by. An event with several countries counts once for each.
 */
final class EventSummary {

    static final String NO_COUNTRY = "Страна не указана";
    static final String NO_DATE = "Дата не определена";
    static final String NOT_STATED = "—";

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");

    /** A line of the count by section and organisation. */
    record SectionAndOrganisation(String section, String organisation) {
    }

    /** A label with its count. */
    record Count<K>(K key, int count) {
    }

    private int total;
    private final Map<String, Integer> byCountry = new HashMap<>();
    private final Map<SectionAndOrganisation, Integer> bySection = new LinkedHashMap<>();
    private final Map<YearMonth, Integer> byMonth = new TreeMap<>();
    private int withoutDate;

    void add(EventExportRow row) {
        total++;
        countCountries(row.countries());
        bySection.merge(new SectionAndOrganisation(orDash(row.sectionTitle()), orDash(row.organisationName())), 1,
                Integer::sum);
        LocalDate start = row.start();
        if (start == null) {
            withoutDate++;
        } else {
            byMonth.merge(YearMonth.from(start), 1, Integer::sum);
        }
    }

    int total() {
        return total;
    }

    /** Countries by count, most frequent first, then alphabetically; «Страна не указана» last. */
    List<Count<String>> byCountry() {
        Collator collator = Collator.getInstance(RUSSIAN);
        List<Count<String>> counts = new ArrayList<>();
        byCountry.forEach((country, count) -> {
            if (!country.equals(NO_COUNTRY)) {
                counts.add(new Count<>(country, count));
            }
        });
        counts.sort(Comparator.<Count<String>>comparingInt(c -> -c.count())
                .thenComparing(Count::key, collator::compare));
        if (byCountry.containsKey(NO_COUNTRY)) {
            counts.add(new Count<>(NO_COUNTRY, byCountry.get(NO_COUNTRY)));
        }
        return counts;
    }

    /** Sections and organisations in the order they first appear in the export. */
    List<Count<SectionAndOrganisation>> bySectionAndOrganisation() {
        return bySection.entrySet().stream().map(e -> new Count<>(e.getKey(), e.getValue())).toList();
    }

    /** Months in calendar order named «Январь 2026»; events without a start date last. */
    List<Count<String>> byMonth() {
        List<Count<String>> counts = new ArrayList<>();
        byMonth.forEach((month, count) -> counts.add(new Count<>(monthName(month), count)));
        if (withoutDate > 0) {
            counts.add(new Count<>(NO_DATE, withoutDate));
        }
        return counts;
    }

    static String monthName(YearMonth month) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, RUSSIAN);
        return name.substring(0, 1).toUpperCase(RUSSIAN) + name.substring(1) + " " + month.getYear();
    }

    private void countCountries(String countries) {
        boolean any = false;
        if (countries != null) {
            for (String country : countries.split(",")) {
                String name = country.strip();
                if (!name.isEmpty()) {
                    byCountry.merge(name, 1, Integer::sum);
                    any = true;
                }
            }
        }
        if (!any) {
            byCountry.merge(NO_COUNTRY, 1, Integer::sum);
        }
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? NOT_STATED : value;
    }
}
