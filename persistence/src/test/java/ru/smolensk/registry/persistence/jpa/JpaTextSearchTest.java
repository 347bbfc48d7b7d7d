package ru.smolensk.registry.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.event.EventSort;
import ru.smolensk.registry.domain.model.event.EventSummary;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.persistence.search.SearchDocument;
import ru.smolensk.registry.persistence.search.SearchQuery;
import ru.smolensk.registry.persistence.search.TextAnalysis;
import ru.smolensk.registry.persistence.testing.TestDatabase;

/**
 * Russian full-text search of the event list on a real migrated database: the same queries give the same entries
 * on H2 (stemmed in Java) and PostgreSQL (its 'russian' configuration, run with {@code -Ddb.kind=postgresql}), where
 * every query is also matched in Java and the two answers compared.
 */
class JpaTextSearchTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 1, 15, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2025-Q2");
    /** Entry texts by a short key: name, place, participants, description, outcome. */
    private static final Map<String, String[]> TEXTS = new LinkedHashMap<>();
    private static final Map<String, Long> IDS = new LinkedHashMap<>();
    private static EntityManagerFactory emf;

    static {
        TEXTS.put("slavic", new String[]{"Международный фестиваль «Славянское единство»", "г. Смоленск", null,
                "Фестиваль прошёл на границе Смоленске-Минске", null});
        TEXTS.put("folk", new String[]{"Участие в фестивале народного творчества в Республике Беларусь",
                "г. Минск", "делегация из 30 человек", null, null});
        TEXTS.put("china", new String[]{"Визит делегации Смоленской области в Китай", "г. Пекин", null,
                "В ходе визита подписано соглашение о сотрудничестве", null});
        TEXTS.put("days", new String[]{"Проведение Дней культуры Республики Беларусь", "г. Смоленск",
                "делегация из 30 человек", null, null});
        TEXTS.put("governor", new String[]{"Официальный визит губернатора", "г. Минск", null, null,
                "подписан план мероприятий на 2025 год"});
        TEXTS.put("running", new String[]{"Конференция по вопросам образования", "г. Гомель", null,
                "Festival of running, 12.05.2025", null});
        TEXTS.put("toys", new String[]{"Выставка ёлочных игрушек", "г. Витебск", null, null, null});
        TEXTS.put("round", new String[]{"Круглый стол", "г. Смоленск", null, "в рамках фестиваля «Смоленская осень»",
                null});
        // PostgreSQL's parser reads a hyphen before a number as its sign: the Java analysis does the same
        TEXTS.put("export", new String[]{"Выгрузка-123456 за 2024-2025 годы", "г. Орша", null, null, null});
        // «визы» has the lexeme «виз» of «визит»: found by «виза», not by a form of «визит»
        TEXTS.put("visa", new String[]{"Оформление визы", "г. Брест", null, null, null});
        // PostgreSQL's parser reads 5e974 (scientific notation) and ba7 apart: so does the Java analysis, also in a
        // query with a word of a family, which is written as a tsquery in Java
        TEXTS.put("code", new String[]{"Ответный визит, код 5e974ba7", "г. Гродно", null, null, null});
    }

    @BeforeAll
    static void createEntries() {
        emf = TestDatabase.migrated().entityManagerFactory();
        inTransaction(em -> {
            Organization smolensk = new JpaOrganizationRepository(em).findByCode("smolensk").orElseThrow();
            Submission report = new JpaSubmissionRepository(em)
                    .save(new Submission(smolensk, PERIOD, DocumentKind.REPORT, "t", NOW));
            JpaEventEntryRepository entries = new JpaEventEntryRepository(em);
            int ordinal = 0;
            for (Map.Entry<String, String[]> text : TEXTS.entrySet()) {
                String[] t = text.getValue();
                EventEntry entry = entries.save(new EventEntry(report, ++ordinal, null,
                        new OfficialColumns(t[0], t[1], "2025 год", t[3], null, t[4], t[2]), NOW));
                em.flush();
                IDS.put(text.getKey(), entry.id());
            }
            return null;
        });
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return TestDatabase.inTransaction(emf, work);
    }

    static List<Object[]> expected() {
        return List.of(new Object[]{"фестиваль", "slavic folk round"}, new Object[]{"фестиваля", "slavic folk round"},
                new Object[]{"Фестивале", "slavic folk round"}, new Object[]{"визит", "china governor code"},
                new Object[]{"визит губернатора", "governor"},
                // the Snowball stemmer reads «визит» as a verb (lexeme «виз») and «визита» as a noun («визит»): the
                // word family of WordFamilies finds every form by any, and not «визы» (lexeme «виз» too)
                new Object[]{"визита", "china governor code"}, new Object[]{"визиту", "china governor code"},
                new Object[]{"визитом", "china governor code"}, new Object[]{"Визиты", "china governor code"},
                new Object[]{"визитом делегации", "china"}, new Object[]{"\"визита губернатора\"", "governor"},
                new Object[]{"\"визитами делегации\"", "china"}, new Object[]{"виза", "china governor visa code"},
                new Object[]{"визы", "china governor visa code"}, new Object[]{"визитка", ""},
                new Object[]{"\"визит делегации\"", "china"},
                new Object[]{"«визит делегации»", "china"}, new Object[]{"\"делегации визит\"", ""},
                new Object[]{"делегация", "china folk days"}, new Object[]{"Минск", "slavic folk governor"},
                new Object[]{"фестиваль беларусь", "folk"}, new Object[]{"елочных", "toys"},
                new Object[]{"ёлочная", "toys"}, new Object[]{"run", "running"},
                new Object[]{"festivals", "running"}, new Object[]{"2025", "governor"},
                new Object[]{"12.05.2025", "running"}, new Object[]{"сотрудничество", "china"},
                new Object[]{"\"фестивале народного творчества\"", "folk"},
                new Object[]{"\"фестиваль в смоленске\"", ""}, new Object[]{"\"участие фестивале\"", ""},
                new Object[]{"\"участие в фестивале\"", "folk"},
                new Object[]{"«Смоленская осень»", "round"}, new Object[]{"Смоленск", "slavic days round china"},
                new Object[]{"смоленск -минск", "slavic"}, new Object[]{"фестиваль or визит", ""},
                new Object[]{"пекин китай визит", "china"}, new Object[]{"30 человек", "folk days"},
                new Object[]{"несуществующее", ""}, new Object[]{"Выгрузка-123456", "export"},
                new Object[]{"выгрузка -123456", "export"}, new Object[]{"\"выгрузка-123456\"", "export"},
                new Object[]{"123456", ""}, new Object[]{"2024-2025", "export"}, new Object[]{"-2025", "export"},
                new Object[]{"визита губернатора", "governor"}, new Object[]{"5e974ba7", "code"},
                new Object[]{"визит 5e974ba7", "code"}, new Object[]{"\"код 5e974ba7\"", "code"},
                new Object[]{"ответный визит 5e974", "code"});
    }

    @ParameterizedTest
    @MethodSource("expected")
    void findsEveryFormOfTheWords(String query, String keys) {
        assertEquals(keys(keys), found(query, EventSort.OFFICIAL));
    }

    @Test
    void stopWordsOrSignsAloneFindNothing() {
        assertEquals(Set.of(), found("в и на", EventSort.OFFICIAL));
        assertEquals(Set.of(), found("%", EventSort.OFFICIAL));
        assertEquals(new TreeSet<>(IDS.keySet()), found(" ", EventSort.OFFICIAL));
    }

    @Test
    void relevancePutsMatchesInTheNameFirst() {
        List<String> ranked = inTransaction(em -> new JpaEventEntryRepository(em).summaries(query("фестиваль",
                new EventSort(EventSort.Key.RELEVANCE, false))).items().stream().map(this::key).toList());
        assertEquals(3, ranked.size(), ranked.toString());
        assertEquals("round", ranked.get(2), ranked.toString());
        List<String> reversed = inTransaction(em -> new JpaEventEntryRepository(em).summaries(query("фестиваль",
                new EventSort(EventSort.Key.RELEVANCE, true))).items().stream().map(this::key).toList());
        assertEquals("round", reversed.get(0), reversed.toString());
    }

    @Test
    void relevanceWithoutTextIsTheOfficialOrder() {
        assertEquals(found("", EventSort.OFFICIAL), found("", new EventSort(EventSort.Key.RELEVANCE, false)));
    }

    /**
     * Every word of the texts, in its own form and with the next word as a phrase, gives on this database what the
     * Java analysis finds (on H2 the Java analysis is the search itself; on PostgreSQL this compares its
     * 'russian' configuration with the Snowball stemmers and stop words).
     */
    @Test
    void theDatabaseFindsWhatTheJavaAnalysisFinds() {
        List<String> queries = new ArrayList<>();
        for (String[] t : TEXTS.values()) {
            for (String column : t) {
                List<String> words = TextAnalysis.tokens(column).stream()
                        .map(token -> column.substring(token.start(), token.end())).toList();
                for (int i = 0; i < words.size(); i++) {
                    queries.add(words.get(i));
                    if (i + 1 < words.size()) {
                        queries.add("\"" + words.get(i) + " " + words.get(i + 1) + "\"");
                    }
                }
            }
        }
        List<String> differences = new ArrayList<>();
        for (String query : queries) {
            Set<String> java = new TreeSet<>();
            SearchQuery parsed = SearchQuery.parse(query);
            TEXTS.forEach((key, t) -> {
                SearchDocument document = SearchColumns.document(t[0], t[1], t[2], t[3], t[4]);
                if (!parsed.isEmpty() && document.matches(parsed)) {
                    java.add(key);
                }
            });
            Set<String> database = new TreeSet<>(found(query, EventSort.OFFICIAL));
            if (!java.equals(database)) {
                differences.add(query + ": Java " + java + ", database " + database);
            }
        }
        assertTrue(queries.size() > 100, "queries: " + queries.size());
        assertEquals(List.of(), differences);
    }

    private Set<String> keys(String keys) {
        return keys.isBlank() ? Set.of() : new TreeSet<>(List.of(keys.split(" ")));
    }

    private Set<String> found(String text, EventSort sort) {
        return new TreeSet<>(inTransaction(em -> new JpaEventEntryRepository(em).summaries(query(text, sort)))
                .items().stream().map(this::key).toList());
    }

    private String key(EventSummary summary) {
        return IDS.entrySet().stream().filter(e -> e.getValue() == summary.id()).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
    }

    private static EventQuery query(String text, EventSort sort) {
        return new EventQuery(PERIOD, null, null, null, null, null, null, null, text, null, null, null, 0, 50, sort);
    }
}
