package ru.smolensk.registry.domain.application.series;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.smolensk.registry.domain.application.planning.NameSimilarity;
import ru.smolensk.registry.domain.normalization.RomanNumerals;

/**
 * What makes two event names the same recurring event: the key is the set of significant word stems of the name
 * (as {@link NameSimilarity} sees them: without quotes, edition numerals such as «XIX» or «XХIV» with a Cyrillic Х,
 * ordinals such as «25-й», years and function words), without a leading «проведение», «участие в» and the like,
 * sorted. Only names that look recurring — with an edition, a year or a quoted title — are grouped automatically.
 */
public final class SeriesKey {

    private static final Set<String> LEADING_PROCESS_WORDS = Set.of("прове", "орган", "участ", "подго", "реали");
    private static final Pattern LEADING_EDITION = Pattern.compile(
            "^\\s*(?:(?:проведение|организация|участие|подготовка)\\s+(?:в\\s+|во\\s+)?)?([IVXLCХІ]+|\\d{1,3}-?(?:й|я|е|го|ой|ый|ий|ая|ое))\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,3})-?[а-я]{1,3}");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");
    private static final Pattern QUOTED = Pattern.compile("[«\"“„][^«»\"“”„]{2,}[»\"”“]");
    private static final int MIN_STEMS = 2;

    private SeriesKey() {
    }

    /** The key of a name; empty text when the name has no significant words. */
    public static String of(String name) {
        List<String> stems = NameSimilarity.stems(name);
        int first = 0;
        while (first < stems.size() - 1 && LEADING_PROCESS_WORDS.contains(stems.get(first))) {
            first++;
        }
        return String.join(" ", new TreeSet<>(stems.subList(first, stems.size())));
    }

    /** Whether the name looks like a recurring event that series are proposed for automatically. */
    public static boolean looksRecurring(String name) {
        if (name == null || of(name).split(" ").length < MIN_STEMS) {
            return false;
        }
        return edition(name).isPresent() || YEAR.matcher(name).find() || QUOTED.matcher(name).find();
    }

    /** The edition number written at the start of the name («XXI …», «XХIV …», «25-й …»), if any. */
    public static Optional<Integer> edition(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Matcher m = LEADING_EDITION.matcher(name);
        if (!m.find()) {
            return Optional.empty();
        }
        String token = m.group(1);
        Matcher ordinal = ORDINAL.matcher(token);
        if (ordinal.matches()) {
            return Optional.of(Integer.parseInt(ordinal.group(1)));
        }
        OptionalInt roman = RomanNumerals.parse(token.toUpperCase(Locale.ROOT).replace('Х', 'X').replace('І', 'I'));
        return roman.isPresent() ? Optional.of(roman.getAsInt()) : Optional.empty();
    }

    /** A title for a new series: the name without a leading process word and edition, capitalised. */
    public static String title(String name) {
        String title = name.strip();
        Matcher m = LEADING_EDITION.matcher(title);
        if (m.find()) {
            title = title.substring(m.end()).strip();
        }
        return title.isEmpty() ? name.strip() : Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }
}
