package ru.smolensk.registry.domain.normalization;

import java.util.HashMap;
import java.util.Map;

/** Russian month names in the nominative, genitive and prepositional case, and their abbreviations. */
final class RussianMonths {

    private static final String[] NOMINATIVE = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль",
            "август", "сентябрь", "октябрь", "ноябрь", "декабрь"};
    private static final String[] GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря"};
    private static final String[] PREPOSITIONAL = {"январе", "феврале", "марте", "апреле", "мае", "июне", "июле",
            "августе", "сентябре", "октябре", "ноябре", "декабре"};
    private static final String[][] ABBREVIATIONS = {{"янв"}, {"фев", "февр"}, {"мар"}, {"апр"}, {}, {"июн"},
            {"июл"}, {"авг"}, {"сен", "сент"}, {"окт"}, {"ноя", "нояб"}, {"дек"}};

    private static final Map<String, Integer> BY_WORD = new HashMap<>();

    static {
        for (int i = 0; i < 12; i++) {
            BY_WORD.put(NOMINATIVE[i], i + 1);
            BY_WORD.put(GENITIVE[i], i + 1);
            BY_WORD.put(PREPOSITIONAL[i], i + 1);
            for (String abbreviation : ABBREVIATIONS[i]) {
                BY_WORD.put(abbreviation, i + 1);
            }
        }
    }

    private RussianMonths() {
    }

    /**
     * The month number 1..12 of a lower-case month word («марта», «март», «марте», «мар.»), or 0 when
     * the word is not a month.
     */
    static int monthOf(String word) {
        if (word == null) {
            return 0;
        }
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return BY_WORD.getOrDefault(w.replace('ё', 'е'), 0);
    }

    /** The genitive name of a month 1..12 («марта»), used to render a date in a message. */
    static String genitive(int month) {
        return GENITIVE[month - 1];
    }
}
