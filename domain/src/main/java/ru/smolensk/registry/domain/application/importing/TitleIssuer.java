package ru.smolensk.registry.domain.application.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationName;

/**
 * Finds the organisation a single organisation's plan or report names in its title, in any of the forms people
 * write: «Администрацией города Смоленска», «Администрации муниципального образования «Шумячский район»
 * Смоленской области», «Министерством культуры и туризма Смоленской области», «… муниципального округа»; with or
 * without quotes, the region suffix, line breaks and odd spacing, and by historic names too.
 *
 * <p>Words are compared by their first letters (Russian inflects the endings: «Шумячский», «Шумячского»); the
 * region suffix, «муниципальное образование» and «администрация» are frames, not names. A name matches when every
 * one of its words is in the title; the organisation with the longest matching name wins, and a tie between two
 * organisations matches none (the preview offers both).
 */
public final class TitleIssuer {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");
    private static final int STEM = 5;
    private static final int SUGGESTIONS = 3;
    private static final Pattern FRAMES = Pattern.compile("смоленск\\p{L}*\\s+обл(?:аст\\p{L}*|\\.)?"
            + "|муниципальн\\p{L}*\\s+образовани\\p{L}*|(?<!\\p{L})мо(?!\\p{L})|администраци\\p{L}*");
    private static final Pattern CITY_ABBREVIATION = Pattern.compile("(?<!\\p{L})г\\.\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");
    private static final Set<String> SMALL_WORDS = Set.of("и", "в", "во", "на", "за", "по", "при", "о", "об", "с");

    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Organization> organizations;

    public TitleIssuer(List<Organization> organizations) {
        this.organizations = List.copyOf(organizations);
        for (Organization org : organizations) {
            for (OrganizationName name : org.names()) {
                Set<String> words = words(name.name());
                if (!words.isEmpty()) {
                    candidates.add(new Candidate(org, words));
                }
            }
        }
    }

    /** The organisation the title names, or empty when it names none or two equally well. */
    public Optional<Organization> find(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        Set<String> titleWords = words(title);
        Organization best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Candidate candidate : candidates) {
            if (!titleWords.containsAll(candidate.words())) {
                continue;
            }
            int score = candidate.words().size();
            if (score > bestScore) {
                best = candidate.organization();
                bestScore = score;
                tie = false;
            } else if (score == bestScore && !candidate.organization().equals(best)) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** Up to three organisations whose names share most words with the title, named as on the given date. */
    public List<Organization> suggest(String title, LocalDate on) {
        Set<String> titleWords = words(title == null ? "" : title);
        return organizations.stream()
                .sorted(Comparator.comparingDouble((Organization o) -> -overlap(o, titleWords))
                        .thenComparing(o -> o.nameOn(on)))
                .limit(SUGGESTIONS).toList();
    }

    private double overlap(Organization org, Set<String> titleWords) {
        double best = 0;
        for (Candidate candidate : candidates) {
            if (candidate.organization().equals(org)) {
                Set<String> common = new HashSet<>(candidate.words());
                common.retainAll(titleWords);
                best = Math.max(best, (double) common.size() / candidate.words().size() + common.size() * 0.01);
            }
        }
        return best;
    }

    /** The stems of the significant words of a text. */
    static Set<String> words(String text) {
        String key = text.toLowerCase(RUSSIAN).replace('ё', 'е').replace('\u00A0', ' ');
        key = CITY_ABBREVIATION.matcher(key).replaceAll("город ");
        key = FRAMES.matcher(key).replaceAll(" ");
        Set<String> words = new LinkedHashSet<>();
        var m = WORD.matcher(key);
        while (m.find()) {
            String word = m.group();
            if (!SMALL_WORDS.contains(word)) {
                words.add(word.length() > STEM ? word.substring(0, STEM) : word);
            }
        }
        return words;
    }

    private record Candidate(Organization organization, Set<String> words) {
    }
}
