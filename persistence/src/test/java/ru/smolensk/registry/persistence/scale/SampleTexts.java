package ru.smolensk.registry.persistence.scale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The texts of generated entries, varied from the rows of the sample documents ({@code scale/sample-rows.tsv}:
 * name, place, description, goal, participants of the demo plans and reports): each entry takes its columns from
 * different rows, the years moved to the entry's year and the long columns cut at a word near a length.
 */
final class SampleTexts {

    private static final String[] PLACES = {"г. Смоленск", "г. Минск, Республика Беларусь", "г. Витебск, Республика"
            + " Беларусь", "г. Могилев, Республика Беларусь", "г. Пекин, Китайская Народная Республика",
            "г. Астана, Республика Казахстан", "г. Ташкент, Республика Узбекистан", "г. Ереван, Республика Армения",
            "г. Белград, Республика Сербия", "г. Москва", "г. Санкт-Петербург", "г. Брест, Республика Беларусь",
            "г. Гомель, Республика Беларусь", "г. Бишкек, Киргизская Республика", "г. Душанбе, Республика Таджикистан",
            "г. Баку, Азербайджанская Республика", "г. Ханой, Социалистическая Республика Вьетнам",
            "г. Нью-Дели, Республика Индия", "г. Анкара, Турецкая Республика", "онлайн (видеоконференцсвязь)"};

    private final List<String[]> rows = new ArrayList<>();

    SampleTexts() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                SampleTexts.class.getResourceAsStream("/scale/sample-rows.tsv"), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank()).map(line -> line.split("\t", -1)).filter(r -> r.length == 5)
                    .forEach(rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name(Random random, int year) {
        return years(row(random)[0], year);
    }

    String place(Random random) {
        return random.nextInt(3) == 0 ? row(random)[1] : PLACES[random.nextInt(PLACES.length)];
    }

    String description(Random random, int year) {
        return cut(years(row(random)[2], year), 200 + random.nextInt(300));
    }

    String goal(Random random) {
        String goal = row(random)[3];
        return goal.isEmpty() ? null : cut(goal, 200);
    }

    String participants(Random random) {
        return cut(row(random)[4], 60 + random.nextInt(140));
    }

    private String[] row(Random random) {
        return rows.get(random.nextInt(rows.size()));
    }

    private static String years(String text, int year) {
        return text.replace("2026", String.valueOf(year)).replace("2025", String.valueOf(year))
                .replace("2024", String.valueOf(year - 1));
    }

    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text.isEmpty() ? null : text;
        }
        int space = text.lastIndexOf(' ', length);
        return text.substring(0, space > 0 ? space : length);
    }
}
