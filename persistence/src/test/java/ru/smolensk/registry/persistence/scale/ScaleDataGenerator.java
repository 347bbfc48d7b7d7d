package ru.smolensk.registry.persistence.scale;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.PGSimpleDataSource;

import ru.smolensk.registry.persistence.jpa.StatisticsSummary;
import ru.smolensk.registry.persistence.migration.DatabaseMigrator;

/**
 * Fills a PostgreSQL database with the scale data set: organisations of many regions ({@code scale.regions} × 30,
 * two thirds regional bodies and institutions, a third municipalities), for each of them every period of
 * {@code scale.years} years (plans by half-year, reports by quarter), {@code scale.entries} entries spread over
 * those submissions with texts varied from the sample documents, half of the report entries linked to an entry of
 * the plan of their half-year, one or two countries each, an agreement for one entry in thirty, one audit record
 * per submission and per ten entries, one exchange journal row per twenty entries. Everything goes in by
 * {@code COPY}; the full-text index is built once after the entries, the statistics summary (V34) after
 * everything.
 *
 * <p>Run (the database is cleaned and migrated first; about ten minutes for a million entries on a two-core machine):
 * {@code mvn -B -ntp -pl persistence -am process-test-classes -Pscale-data -Dscale.db=registry_scale}
 * (optional: {@code -Dscale.entries=1000000 -Dscale.regions=89 -Dscale.years=10 -Dscale.host=127.0.0.1}).
 */
public final class ScaleDataGenerator {

    private static final int ORGANIZATIONS_PER_REGION = 30;
    private static final int FIRST_ID = 1_000_000;
    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 1, 10, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String[] COUNTRIES = {"BY", "BY", "BY", "BY", "CN", "KZ", "UZ", "AM", "RS", "KG", "TJ",
            "AZ", "VN", "IN", "TR", "MN", "AB", "IR"};
    private static final String[] FORMATS = {"IN_PERSON", "IN_PERSON", "IN_PERSON", "REMOTE", "HYBRID"};
    private static final String[] ROLES = {"HOST", "PARTICIPANT", "PARTICIPANT", "CO_ORGANISER"};
    private static final String[] AGREEMENTS = {"AGREEMENT", "MEMORANDUM", "PROTOCOL", "ACTION_PLAN"};

    private final Random random = new Random(26);
    private final SampleTexts texts = new SampleTexts();
    private final long entries;
    private final int regions;
    private final int years;
    private long nextId = FIRST_ID;

    private ScaleDataGenerator(long entries, int regions, int years) {
        this.entries = entries;
        this.regions = regions;
        this.years = years;
    }

    public static void main(String[] args) throws SQLException {
        String host = System.getProperty("scale.host", "127.0.0.1");
        String db = System.getProperty("scale.db", "registry_scale");
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[]{host});
        ds.setDatabaseName(db);
        ds.setUser(System.getProperty("scale.user", "postgres"));
        long started = System.nanoTime();
        Flyway.configure().dataSource(ds).cleanDisabled(false).load().clean();
        DatabaseMigrator.migrate(ds);
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + host + ":5432/" + db,
                ds.getUser(), "")) {
            new ScaleDataGenerator(Long.getLong("scale.entries", 1_000_000), Integer.getInteger("scale.regions", 89),
                    Integer.getInteger("scale.years", 10)).fill(connection);
        }
        System.out.printf("scale data set in %s: %.0f s%n", db, (System.nanoTime() - started) / 1e9);
    }

    private void fill(Connection connection) throws SQLException {
        CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
        List<Long> spheres = ids(connection, "select id from sphere order by id");
        try (Statement st = connection.createStatement()) {
            st.execute("SET maintenance_work_mem = '256MB'");
            st.execute("DROP INDEX event_entry_search_idx");
        }
        long t = System.nanoTime();
        List<long[]> organizations = organizations(copies);
        log("organisations", organizations.size(), t);
        t = System.nanoTime();
        long[] written = submissionsAndEntries(copies, organizations, spheres);
        log("submissions", written[0], t);
        log("entries (with countries, agreements, audit)", written[1], t);
        t = System.nanoTime();
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE INDEX event_entry_search_idx ON event_entry USING GIN (search_vector)");
            log("full-text index", 1, t);
            for (String sequence : ScaleDataGenerator.<String>ids(connection,
                    "select sequencename from pg_sequences")) {
                st.execute("SELECT setval('" + sequence + "', " + (nextId + 1000) + ")");
            }
            t = System.nanoTime();
            for (String statement : StatisticsSummary.rebuildStatements()) {
                st.execute(statement);
            }
            log("statistics summary (as migrations V34, V35)", 1, t);
            t = System.nanoTime();
            // the visibility map too, so that counts are read from the indexes alone (index-only scans)
            st.execute("VACUUM ANALYZE");
            log("vacuum analyze", 1, t);
        }
    }

    /** The organisations: {id, level 0 municipal / 1 regional, sort order}. */
    private List<long[]> organizations(CopyManager copies) throws SQLException {
        List<long[]> organizations = new ArrayList<>();
        try (CopyWriter orgs = new CopyWriter("organization", "id, code, kind, sort_order, active, version");
                CopyWriter names = new CopyWriter("organization_name",
                        "id, organization_id, name, name_kind, valid_from, valid_to")) {
            for (int r = 1; r <= regions; r++) {
                for (int k = 0; k < ORGANIZATIONS_PER_REGION; k++) {
                    long id = nextId++;
                    boolean municipal = k < ORGANIZATIONS_PER_REGION / 3;
                    String kind = municipal
                            ? (k == 0 ? "CITY_OKRUG" : "MUNICIPAL_OKRUG")
                            : k < 2 * ORGANIZATIONS_PER_REGION / 3 ? "EXECUTIVE_BODY" : "SUBORDINATE_INSTITUTION";
                    int sortOrder = r * 1000 + k;
                    orgs.value(id).value("region" + r + "-" + k).value(kind).value(sortOrder).value("t").value(0)
                            .endRow();
                    String name = (municipal
                            ? (k == 0 ? "Город № " : "Муниципальный округ № ") + k
                            : k < 2 * ORGANIZATIONS_PER_REGION / 3
                                    ? "Министерство № " + k
                                    : "Учреждение № " + k)
                            + " региона № " + r;
                    names.value(nextId++).value(id).value(name).value("OFFICIAL").value(null).value(null).endRow();
                    organizations.add(new long[]{id, municipal ? 0 : 1, sortOrder});
                }
            }
            orgs.load(copies);
            names.load(copies);
        }
        return organizations;
    }

    private long[] submissionsAndEntries(CopyManager copies, List<long[]> organizations, List<Long> spheres)
            throws SQLException {
        int firstYear = 2026 - years;
        long submissionCount = (long) organizations.size() * years * 6;
        long submissionsWritten = 0;
        long entriesWritten = 0;
        try (CopyWriter submissions = new CopyWriter("submission", "id, organization_id, period_code,"
                + " doc_kind, doc_level, status, created_at, created_by, decided_at, decided_by, version");
                CopyWriter events = new CopyWriter("event_entry", "id, submission_id, ordinal,"
                        + " section_title, section_sphere_id, name_raw, place_raw, dates_raw, description_raw,"
                        + " goal_raw, outcome_raw, participants_raw, date_start, date_end, date_precision, date_class,"
                        + " event_format, event_role, participants_count, plan_entry_id, created_at, updated_at,"
                        + " version, order_period, order_kind, order_level, order_organization");
                CopyWriter countries = new CopyWriter("event_country", "event_id, country_code");
                CopyWriter agreements = new CopyWriter("agreement", "id, event_id, agreement_type, title,"
                        + " parties, signed_on, raw_text, version");
                CopyWriter audit = new CopyWriter("audit_record", "id, occurred_at, username, action,"
                        + " entity_type, entity_id, summary");
                CopyWriter journal = new CopyWriter("exchange_message", "id, message_id, partner,"
                        + " operation, direction, received_at, answered_at, size_bytes, body_sha256, status")) {
            Sink sink = new Sink(events, countries, agreements, audit, journal);
            for (long[] org : organizations) {
                for (int year = firstYear; year < firstYear + years; year++) {
                    long[][] plans = new long[2][];
                    for (int half = 1; half <= 2; half++) {
                        plans[half - 1] = submission(submissions, sink, org, year + "-H" + half, "PLAN", year,
                                (half - 1) * 6 + 1, 6, null, spheres, submissionsWritten++, submissionCount);
                    }
                    for (int quarter = 1; quarter <= 4; quarter++) {
                        submission(submissions, sink, org, year + "-Q" + quarter, "REPORT", year,
                                (quarter - 1) * 3 + 1, 3, plans[(quarter - 1) / 2], spheres, submissionsWritten++,
                                submissionCount);
                    }
                }
            }
            entriesWritten = events.rows();
            long t = System.nanoTime();
            submissions.load(copies);
            log("  copied submissions", submissions.rows(), t);
            t = System.nanoTime();
            events.load(copies);
            log("  copied entries (the vector made for each)", events.rows(), t);
            t = System.nanoTime();
            countries.load(copies);
            agreements.load(copies);
            audit.load(copies);
            journal.load(copies);
            log("  copied countries, agreements, audit, journal", countries.rows() + agreements.rows()
                    + audit.rows() + journal.rows(), t);
        }
        return new long[]{submissionsWritten, entriesWritten};
    }

    /** Everything an entry brings along. */
    private record Sink(CopyWriter events, CopyWriter countries, CopyWriter agreements, CopyWriter audit,
            CopyWriter journal) {
    }

    /** Writes one submission and its entries; returns the ids of the entries. */
    private long[] submission(CopyWriter submissions, Sink sink, long[] org, String period, String kind, int year,
            int firstMonth, int months, long[] plan, List<Long> spheres, long index, long count)
            throws SQLException {
        long id = nextId++;
        String status = year < 2025 || random.nextInt(4) > 0
                ? "APPROVED"
                : random.nextBoolean() ? "SUBMITTED" : "DRAFT";
        submissions.value(id).value(org[0]).value(period).value(kind).value(org[1] == 0 ? "MUNICIPAL" : "REGIONAL")
                .value(status).value(CREATED).value("generator")
                .value("APPROVED".equals(status) ? CREATED.plusSeconds(index * 60) : null)
                .value("APPROVED".equals(status) ? "generator" : null).value(0).endRow();
        sink.audit().value(nextId++).value(CREATED).value("generator").value("APPROVE").value("Submission")
                .value(String.valueOf(id)).value("Утвержден документ " + period).endRow();
        int entryCount = (int) (entries * (index + 1) / count - entries * index / count);
        long[] ids = new long[entryCount];
        for (int ordinal = 1; ordinal <= entryCount; ordinal++) {
            ids[ordinal - 1] = entry(sink, id, ordinal, year, firstMonth, months, plan, spheres);
            // the official order's keys, as the application copies them from the submission
            sink.events().value(period).value(kind).value(org[1] == 0 ? "MUNICIPAL" : "REGIONAL").value(org[2])
                    .endRow();
        }
        return ids;
    }

    private long entry(Sink sink, long submission, int ordinal, int year, int firstMonth, int months, long[] plan,
            List<Long> spheres) throws SQLException {
        long id = nextId++;
        LocalDate start = LocalDate.of(year, firstMonth + random.nextInt(months), 1 + random.nextInt(28));
        LocalDate end = start.plusDays(random.nextInt(4));
        String dates = start.equals(end)
                ? start.getDayOfMonth() + " " + month(start) + " " + year + " года"
                : start.getDayOfMonth() + "-" + end.getDayOfMonth() + " " + month(end) + " " + year + " года";
        Long planEntry = plan != null && plan.length > 0 && random.nextBoolean()
                ? plan[random.nextInt(plan.length)]
                : null;
        long sphere = spheres.get(random.nextInt(spheres.size()));
        sink.events().value(id).value(submission).value(ordinal).value("Сотрудничество").value(sphere)
                .value(texts.name(random, year)).value(texts.place(random)).value(dates)
                .value(texts.description(random, year)).value(texts.goal(random))
                .value(plan == null ? null : texts.description(random, year)).value(texts.participants(random))
                .value(start).value(end).value("DAY").value(start.equals(end) ? "EXACT_DAY" : "DAY_RANGE_SAME_MONTH")
                .value(FORMATS[random.nextInt(FORMATS.length)]).value(ROLES[random.nextInt(ROLES.length)])
                .value(random.nextInt(3) == 0 ? null : 5 + random.nextInt(200)).value(planEntry).value(CREATED)
                .value(CREATED.plusMinutes(id % 100_000)).value(0);
        String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
        sink.countries().value(id).value(country).endRow();
        if (random.nextInt(4) == 0) {
            String second = COUNTRIES[random.nextInt(COUNTRIES.length)];
            if (!second.equals(country)) {
                sink.countries().value(id).value(second).endRow();
            }
        }
        if (random.nextInt(30) == 0) {
            sink.agreements().value(nextId++).value(id).value(AGREEMENTS[random.nextInt(AGREEMENTS.length)])
                    .value("Соглашение о сотрудничестве").value("Смоленская область; партнер").value(end)
                    .value("подписано соглашение о сотрудничестве").value(0).endRow();
        }
        if (random.nextInt(10) == 0) {
            sink.audit().value(nextId++).value(CREATED.plusMinutes(id % 100_000)).value("operator").value("UPDATE")
                    .value("EventEntry").value(String.valueOf(id)).value("Изменено мероприятие").endRow();
        }
        if (random.nextInt(20) == 0) {
            OffsetDateTime at = CREATED.plusSeconds(id % 1_000_000);
            sink.journal().value(nextId++).value(UUID.randomUUID()).value("partner-" + random.nextInt(5))
                    .value("SubmitEvents").value("IN").value(at).value(at.plusNanos(20_000_000))
                    .value(2000 + random.nextInt(20_000)).value(Long.toHexString(random.nextLong()))
                    .value("PROCESSED").endRow();
        }
        return id;
    }

    private static String month(LocalDate date) {
        return new String[]{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                "октября", "ноября", "декабря"}[date.getMonthValue() - 1];
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> ids(Connection connection, String sql) throws SQLException {
        List<T> ids = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add((T) rs.getObject(1));
            }
        }
        return ids;
    }

    private static void log(String what, long count, long startedNanos) {
        System.out.printf("%-45s %,12d  %6.1f s%n", what, count, (System.nanoTime() - startedNanos) / 1e9);
    }
}
