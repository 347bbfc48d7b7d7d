package ru.smolensk.registry.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Runs all Flyway migrations on a fresh database and checks the reference data (organisations,
 * spheres, countries) with plain JDBC. H2 in PostgreSQL mode by default; the local PostgreSQL with
 * {@code -Ddb.kind=postgresql} (system property {@code test.db.kind}).
 */
class ReferenceDataMigrationTest {

    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/"
            + System.getProperty("test.db.name", "registry_test");

    /** A schema of its own, so that clean() does not touch what other tests keep in registry_test. */
    private static final String PG_SCHEMA = "reference_data_test";

    /** Municipal section titles of the fixtures (manifest.json) and the organisation each one names. */
    private static final Map<String, String> MUNICIPAL_SECTIONS = new LinkedHashMap<>();

    /** Regional section titles of the fixtures (manifest.json) and the sphere each one names. */
    private static final Map<String, String> REGIONAL_SECTIONS = new LinkedHashMap<>();

    static {
        MUNICIPAL_SECTIONS.put("Город Смоленск", "smolensk");
        MUNICIPAL_SECTIONS.put("Муниципальное образование «город Десногорск» Смоленской области", "desnogorsk");
        MUNICIPAL_SECTIONS.put("Муниципальное образование «Велижский муниципальный округ» Смоленской области",
                "velizhsky");
        MUNICIPAL_SECTIONS.put("Муниципальное образование «Краснинский муниципальный округ» Смоленской области",
                "krasninsky");
        MUNICIPAL_SECTIONS.put("Муниципальное образование «Монастырщинский муниципальный округ» Смоленской области",
                "monastyrshchinsky");
        MUNICIPAL_SECTIONS.put("Муниципальное образование «Починковский муниципальный округ» Смоленской области",
                "pochinkovsky");
        MUNICIPAL_SECTIONS.put("Муниципальное образование «Руднянский муниципальный округ» Смоленской области",
                "rudnyansky");
        MUNICIPAL_SECTIONS.put("Муниципальное образование «Сафоновский муниципальный округ» Смоленской области",
                "safonovsky");
        MUNICIPAL_SECTIONS.put("Муниципальное образование «Хиславичский муниципальный округ» Смоленской области",
                "khislavichsky");
        MUNICIPAL_SECTIONS.put("Муниципальное образование «Шумячский муниципальный округ» Смоленской области",
                "shumyachsky");

        // plan-regional-2026-H2
        REGIONAL_SECTIONS.put("В сфере экономического развития", "ECONOMY");
        REGIONAL_SECTIONS.put("В сфере инвестиционного развития", "INVESTMENT");
        REGIONAL_SECTIONS.put("В сфере промышленности и торговли", "INDUSTRY_TRADE");
        REGIONAL_SECTIONS.put("В сфере труда и занятости населения", "LABOUR_EMPLOYMENT");
        REGIONAL_SECTIONS.put("В сфере цифрового развития", "DIGITAL");
        REGIONAL_SECTIONS.put("В сфере культуры и туризма", "CULTURE_TOURISM");
        REGIONAL_SECTIONS.put("В сфере образования и науки", "EDUCATION_SCIENCE");
        REGIONAL_SECTIONS.put("В сфере социального развития", "SOCIAL");
        REGIONAL_SECTIONS.put("В сфере молодежной политики и гражданско-патриотического воспитания", "YOUTH_PATRIOTIC");
        REGIONAL_SECTIONS.put("В сфере спорта", "SPORT");
        REGIONAL_SECTIONS.put("В сфере общественных связей", "PUBLIC_RELATIONS");
        // report-regional-2025-Q2
        REGIONAL_SECTIONS.put("Сотрудничество в сфере экономического развития", "ECONOMY");
        REGIONAL_SECTIONS.put("Сотрудничество в сфере инвестиционного развития", "INVESTMENT");
        REGIONAL_SECTIONS.put("Сотрудничество в сфере промышленности и торговли", "INDUSTRY_TRADE");
        REGIONAL_SECTIONS.put("Сотрудничество в сфере сельского хозяйства", "AGRICULTURE");
        REGIONAL_SECTIONS.put("Сотрудничество в сфере архитектуры и строительства Смоленской области, в сфере "
                + "жилищно-коммунального хозяйства, энергетики и тарифной политики", "CONSTRUCTION_HOUSING_ENERGY");
        REGIONAL_SECTIONS.put("Сотрудничество в сфере транспорта и дорожного хозяйства", "TRANSPORT_ROADS");
        REGIONAL_SECTIONS.put("Сотрудничество в сфере природных ресурсов и экологии", "NATURE_ECOLOGY");
        REGIONAL_SECTIONS.put("Сотрудничество в сфере культуры и туризма", "CULTURE_TOURISM");
        REGIONAL_SECTIONS.put("Сотрудничество в сфере образования и науки", "EDUCATION_SCIENCE");
        REGIONAL_SECTIONS.put("Сотрудничество в социальной сфере", "SOCIAL");
        REGIONAL_SECTIONS.put("Сотрудничество в сфере молодежной политики и гражданско-патриотического воспитания",
                "YOUTH_PATRIOTIC");
        REGIONAL_SECTIONS.put("Сотрудничество в сфере общественных связей", "PUBLIC_RELATIONS");
        REGIONAL_SECTIONS.put("Сотрудничество в сфере спорта", "SPORT");
        REGIONAL_SECTIONS.put("Общие направления сотрудничества", "GENERAL");
    }

    private static Connection connection;

    @BeforeAll
    static void migrateFreshDatabase() throws SQLException {
        Flyway flyway;
        String url;
        String user;
        if ("postgresql".equals(System.getProperty("test.db.kind"))) {
            url = PG_URL + "?currentSchema=" + PG_SCHEMA;
            user = "postgres";
            flyway = Flyway.configure().dataSource(PG_URL, user, "").schemas(PG_SCHEMA).cleanDisabled(false).load();
            flyway.clean();
        } else {
            url = "jdbc:h2:mem:reference-data-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            user = "sa";
            flyway = Flyway.configure().dataSource(url, user, "").load();
        }
        flyway.migrate();
        connection = DriverManager.getConnection(url, user, "");
    }

    @AfterAll
    static void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    @Test
    void all27MunicipalitiesAreThere() throws SQLException {
        assertEquals(2L, count("SELECT COUNT(*) FROM organization WHERE kind = 'CITY_OKRUG'"));
        assertEquals(25L, count("SELECT COUNT(*) FROM organization WHERE kind = 'MUNICIPAL_OKRUG'"));
        List<String> order = strings(
                "SELECT code FROM organization WHERE kind IN ('CITY_OKRUG', 'MUNICIPAL_OKRUG') ORDER BY sort_order");
        assertEquals(27, order.size());
        assertEquals("smolensk", order.get(0));
        assertEquals("velizhsky", order.get(1));
        assertEquals("yartsevsky", order.get(25));
        assertEquals("desnogorsk", order.get(26));
    }

    @Test
    void theOfficialNameOfAnOkrugDependsOnTheDate() throws SQLException {
        assertEquals(List.of("Шумячский район"), officialNames("shumyachsky", LocalDate.of(2024, 6, 1)));
        assertEquals(List.of("Шумячский муниципальный округ"), officialNames("shumyachsky", LocalDate.of(2025, 6, 1)));
        assertEquals(List.of("Шумячский район"), officialNames("shumyachsky", LocalDate.of(2024, 12, 31)));
        assertEquals(List.of("Шумячский муниципальный округ"), officialNames("shumyachsky", LocalDate.of(2025, 1, 1)));
    }

    @Test
    void everyOrganisationHasExactlyOneOfficialNameOnAnyDate() throws SQLException {
        List<String> codes = strings("SELECT code FROM organization ORDER BY id");
        List<Executable> checks = new ArrayList<>();
        for (String code : codes) {
            for (LocalDate date : List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31),
                    LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 1))) {
                checks.add(() -> assertEquals(1, officialNames(code, date).size(), code + " on " + date));
            }
        }
        assertAll(checks);
    }

    @Test
    void everyMunicipalSectionTitleOfTheFixturesIsAName() throws SQLException {
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, String> section : MUNICIPAL_SECTIONS.entrySet()) {
            List<String> owners = strings("SELECT o.code FROM organization_name n JOIN organization o "
                    + "ON o.id = n.organization_id WHERE n.name = ?", section.getKey());
            checks.add(() -> assertEquals(List.of(section.getValue()), owners, section.getKey()));
        }
        assertAll(checks);
    }

    @Test
    void regionalBodiesAndTheCoordinatorExist() throws SQLException {
        assertEquals(List.of("EXECUTIVE_BODY"), strings("SELECT kind FROM organization WHERE code = 'min_culture'"));
        assertEquals(List.of("Министерство культуры и туризма Смоленской области"),
                officialNames("min_culture", LocalDate.of(2026, 1, 1)));
        assertEquals(List.of("COORDINATING_BODY"), strings("SELECT kind FROM organization WHERE code = 'coordinator'"));
        assertEquals(0L, count("SELECT COUNT(*) FROM organization i JOIN organization p ON p.id = i.parent_id "
                + "WHERE i.kind = 'SUBORDINATE_INSTITUTION' AND p.kind <> 'EXECUTIVE_BODY'"));
        assertEquals(0L, count("SELECT COUNT(*) FROM organization "
                + "WHERE kind = 'SUBORDINATE_INSTITUTION' AND parent_id IS NULL"));
    }

    @Test
    void sixteenSpheresInAUniqueOrder() throws SQLException {
        assertEquals(16L, count("SELECT COUNT(*) FROM sphere"));
        assertEquals(16L, count("SELECT COUNT(DISTINCT sort_order) FROM sphere"));
        List<String> order = strings("SELECT code FROM sphere ORDER BY sort_order");
        assertEquals("ECONOMY", order.get(0));
        assertEquals("GENERAL", order.get(15));
        assertTrue(order.indexOf("PUBLIC_RELATIONS") < order.indexOf("SPORT"), "the report's order");
        assertEquals(0L, count("SELECT COUNT(*) FROM sphere WHERE responsible_organization_id IS NULL"));
    }

    @Test
    void everyRegionalSectionTitleOfTheFixturesIsASphereAlias() throws SQLException {
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, String> section : REGIONAL_SECTIONS.entrySet()) {
            List<String> owners = strings("SELECT s.code FROM sphere_alias a JOIN sphere s ON s.id = a.sphere_id "
                    + "WHERE a.alias = ?", section.getKey());
            checks.add(() -> assertEquals(List.of(section.getValue()), owners, section.getKey()));
        }
        assertAll(checks);
    }

    @Test
    void noAliasNamesTwoSpheresOrTwoCountries() throws SQLException {
        assertEquals(List.of(), strings("SELECT LOWER(alias) FROM sphere_alias GROUP BY LOWER(alias) "
                + "HAVING COUNT(DISTINCT sphere_id) > 1"));
        assertEquals(List.of(), strings("SELECT LOWER(alias) FROM country_alias GROUP BY LOWER(alias) "
                + "HAVING COUNT(DISTINCT country_code) > 1"));
    }

    @Test
    void theCountryListIsComplete() throws SQLException {
        assertTrue(count("SELECT COUNT(*) FROM country") >= 249);
        assertEquals(List.of("PARTIALLY_RECOGNISED", "PARTIALLY_RECOGNISED"),
                strings("SELECT status FROM country WHERE code IN ('AB', 'OS')"));
        assertEquals(List.of("BY", "RU"),
                strings("SELECT code FROM country WHERE sort_order < 1000 ORDER BY sort_order"));
        assertEquals(List.of("BY"), strings("SELECT country_code FROM country_alias WHERE alias = ?", "РБ"));
        assertEquals(List.of("CN"), strings("SELECT country_code FROM country_alias WHERE alias = ?", "КНР"));
        assertEquals(List.of("CI"), strings("SELECT country_code FROM country_alias WHERE alias = ?", "Кот-д'Ивуар"));
    }

    @Test
    void referenceIdsStayBelowTheSequenceStart() throws SQLException {
        assertTrue(count("SELECT MAX(id) FROM organization") < 1000);
        assertTrue(count("SELECT MAX(id) FROM organization_name") < 1000);
        assertTrue(count("SELECT MAX(id) FROM sphere") < 1000);
    }

    /** Official names of the organisation valid on the date. */
    private static List<String> officialNames(String code, LocalDate date) throws SQLException {
        Date day = Date.valueOf(date);
        return query("SELECT n.name FROM organization_name n JOIN organization o ON o.id = n.organization_id "
                + "WHERE o.code = ? AND n.name_kind = 'OFFICIAL' AND (n.valid_from IS NULL OR n.valid_from <= ?) "
                + "AND (n.valid_to IS NULL OR n.valid_to >= ?) ORDER BY n.id", rs -> rs.getString(1), code, day, day);
    }

    private static List<String> strings(String sql, Object... parameters) throws SQLException {
        return query(sql, rs -> rs.getString(1), parameters);
    }

    private static long count(String sql) throws SQLException {
        return query(sql, rs -> rs.getLong(1)).get(0);
    }

    private static <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        }
    }

    /** Reads one value from the current row. */
    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
