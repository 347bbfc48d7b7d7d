package ru.smolensk.registry.domain.normalization;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the countries a text mentions, as ISO 3166-1 alpha-2 codes in order of first mention:
 * country names in every case and their adjectives («Беларусь», «Республики Беларусь»,
 * «белорусских», «КНР», «китайских», «узбекских»), abbreviations («РБ», «РФ», «ОАЭ»), and foreign
 * towns and regions from a gazetteer (Минск, Витебская область, Цюйфу, Алматы, Сухум …). Partially
 * recognised states have the user-assigned codes AB (Абхазия) and OS (Южная Осетия).
 *
 * <p>
 * Russia (RU) is reported only for «Россия», «Российская Федерация», «российских», «РФ» — never just
 * because a Russian place («Смоленская область», «г. Москва») is named; «Всероссийский» and
 * «Новороссийск» do not count either. Known accepted false positive: a «Минская» street in Smolensk.
 * Thread-safe.
 */
public final class CountryDetector {

    /** An ambiguous town name right after «г.» or «города» (Горки, Борисов, Лида, Славгород). */
    private static final Pattern MARKED_TOWN = Pattern
            .compile("(?=г)(?<![\\p{L}])(?:г\\.|город[а-я]*)\\s*(\\p{Lu}\\p{Ll}+)");
    private static final Set<String> OSSETIA = Set.of("осетия", "осетии", "осетию", "осетией");

    /** All countries the text mentions by name, adjective, abbreviation or foreign toponym. */
    public Set<String> detect(String text) {
        return scan(text, true);
    }

    /**
     * Only the countries the text names outright (names, adjectives, abbreviations), ignoring
     * toponyms: «г. Москва, Посольство Республики Беларусь» gives BY only.
     */
    public Set<String> detectByName(String text) {
        return scan(text, false);
    }

    private static Set<String> scan(String text, boolean withToponyms) {
        String s = TextHygiene.foldHomoglyphs(TextHygiene.normalize(text));
        if (s.isEmpty()) {
            return Set.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        String previous = "";
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(s.charAt(i))) {
                i++;
            }
            String token = s.substring(start, i);
            String lower = token.toLowerCase(Locale.ROOT).replace('ё', 'е');
            String code = codeOf(token, lower, previous, withToponyms);
            if (code != null) {
                codes.add(code);
            }
            previous = lower;
        }
        if (withToponyms) {
            Matcher m = MARKED_TOWN.matcher(s);
            while (m.find()) {
                String code = Gazetteer.countryOfMarkedTown(m.group(1).toLowerCase(Locale.ROOT));
                if (code != null) {
                    codes.add(code);
                }
            }
        }
        return Collections.unmodifiableSet(codes);
    }

    private static String codeOf(String token, String lower, String previous, boolean withToponyms) {
        String code = Gazetteer.countryOfAbbreviation(token);
        if (code != null) {
            return code;
        }
        if (OSSETIA.contains(lower)) {
            return previous.startsWith("южн") ? "OS" : null;
        }
        code = Gazetteer.countryOfName(lower);
        if ("KR".equals(code) && previous.startsWith("северн")) {
            return "KP";
        }
        if (code == null && withToponyms) {
            code = Gazetteer.countryOfToponym(lower);
        }
        return code;
    }
}
