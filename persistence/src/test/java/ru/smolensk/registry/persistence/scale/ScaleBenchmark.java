package ru.smolensk.registry.persistence.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import ru.smolensk.registry.domain.application.analytics.AnalyticsService;
import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.event.EventSort;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.ApprovedSubmission;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;
import ru.smolensk.registry.persistence.jpa.JpaEventEntryRepository;
import ru.smolensk.registry.persistence.jpa.JpaEventStatistics;
import ru.smolensk.registry.persistence.jpa.JpaSubmissionRepository;
import ru.smolensk.registry.persistence.testing.TestDatabase;

/**
 * The main queries on the scale data set ({@link ScaleDataGenerator}), through the application's repositories and
 * persistence unit (no page cache is involved: it lives in the web layer), each beside the baselines of the same
 * run: {@code SELECT 1} and a primary-key read through the same entity manager. Prints per query the number of
 * runs, the median and the 99th percentile and the ratio of its rate to the {@code SELECT 1} rate; then the list
 * with 8 clients against {@code SELECT 1} with 8 clients, and a full {@code GetChanges}-style walk of the approved
 * submissions by keyset in pages of about 500 entries.
 *
 * <p>Run: {@code mvn -B -ntp -pl persistence -am process-test-classes -Pscale-bench -Dscale.db=registry_scale}
 * (optional: {@code -Dscale.seconds=3}, the measuring time of each query after a warm-up of a third of it;
 * {@code -Dscale.only=statistics,GetChanges}, only the queries whose names start so, besides the baselines; the
 * 8-client part is {@code clients}).
 */
public final class ScaleBenchmark {

    private static final String[] WORDS = {"фестиваль", "визит", "выставки", "конференция", "делегации",
            "сотрудничества", "форум", "концерт", "молодежи", "библиотека"};
    private static final String[] THREE_WORDS = {"фестиваль народного творчества", "визит делегации Беларусь",
            "выставка промышленности Минск", "конференция истории Победы", "форум молодежи Смоленск"};
    private static final String[] COUNTRIES = {"BY", "CN", "KZ", "UZ", "AM", "RS"};

    private final EntityManagerFactory emf;
    private final double seconds;
    private final long entries;
    private final List<String> organizations;
    private long pingNanosPerRun;

    private ScaleBenchmark(EntityManagerFactory emf, double seconds) {
        this.emf = emf;
        this.seconds = seconds;
        EntityManager em = emf.createEntityManager();
        this.entries = ((Number) em.createNativeQuery("select count(*) from event_entry").getSingleResult())
                .longValue();
        this.organizations = em.createQuery("select o.code from Organization o", String.class).getResultList();
        em.close();
    }

    public static void main(String[] args) throws Exception {
        EntityManagerFactory emf = TestDatabase.existing(System.getProperty("scale.db", "registry_scale"))
                .entityManagerFactory();
        try {
            new ScaleBenchmark(emf, Double.parseDouble(System.getProperty("scale.seconds", "3"))).run();
        } finally {
            emf.close();
        }
    }

    private void run() throws Exception {
        System.out.printf("data set: %,d entries, %,d organisations; each query %.0f s after a warm-up%n", entries,
                organizations.size(), seconds);
        System.out.printf("%-62s %8s %9s %9s %9s%n", "query", "runs", "p50 ms", "p99 ms", "% of ping");
        pingNanosPerRun = measure("baseline: SELECT 1", em -> em.createNativeQuery("select 1").getSingleResult(),
                null);
        measure("baseline: entry by primary key", em -> em.createNativeQuery(
                "select name_raw from event_entry where id = ?1").setParameter(1, randomEntryId())
                .getResultList(), null);
        measure("list: period + level + organisation + country, page of 50", em -> repo(em).summaries(
                query(randomQuarter(), Level.REGIONAL, randomOrganization(), randomCountry(), null, 0,
                        EventSort.OFFICIAL)),
                null);
        measure("list: period + country, page 3 of 50", em -> repo(em).summaries(query(randomQuarter(), null, null,
                randomCountry(), null, 3, EventSort.OFFICIAL)), null);
        measure("list: period only, official order, page 10 of 50", em -> repo(em).summaries(query(randomQuarter(),
                null, null, null, null, 10, EventSort.OFFICIAL)), null);
        measure("list: organisation, every period, by date", em -> repo(em).summaries(query(null, null,
                randomOrganization(), null, null, 0, new EventSort(EventSort.Key.DATE, true))), null);
        measure("list: no filter, official order, page 0", em -> repo(em).summaries(query(null, null, null, null,
                null, 0, EventSort.OFFICIAL)), null);
        measure("list: country only, by date", em -> repo(em).summaries(query(null, null, null, randomCountry(),
                null, 0, new EventSort(EventSort.Key.DATE, true))), null);
        measure("full text: one word", em -> repo(em).summaries(query(null, null, null, null, pick(WORDS), 0,
                EventSort.OFFICIAL)), null);
        measure("full text: three words", em -> repo(em).summaries(query(null, null, null, null,
                pick(THREE_WORDS), 0, EventSort.OFFICIAL)), null);
        measure("full text: one word + period", em -> repo(em).summaries(query(randomQuarter(), null, null, null,
                pick(WORDS), 0, EventSort.OFFICIAL)), null);
        measure("full text: three words, by relevance", em -> repo(em).summaries(query(null, null, null, null,
                pick(THREE_WORDS), 0, EventSort.RELEVANCE)), null);
        List<ReportingPeriod> tenYears = ReportingPeriod.between(LocalDate.of(2016, 1, 1), LocalDate.of(2025, 12,
                31)).stream().filter(p -> p.code().contains("Q")).toList();
        measure("statistics: entries by country, ten years of reports", em -> new JpaEventStatistics(em)
                .byCountry(tenYears, DocumentKind.REPORT, SubmissionStatus.APPROVED), 1);
        measure("statistics: entries by organisation, ten years of reports", em -> new JpaEventStatistics(em)
                .byOrganization(tenYears, DocumentKind.REPORT, SubmissionStatus.APPROVED), 1);
        ReportingPeriod first = ReportingPeriod.quarter(2016, 1);
        ReportingPeriod last = ReportingPeriod.quarter(2025, 4);
        measure("statistics: whole answer, ten years of reports (summary)", em -> new AnalyticsService(null,
                new JpaEventStatistics(em), null).statistics(first, last, DocumentKind.REPORT, false), 1);
        measure("statistics: whole answer, ten years of reports (live)", em -> new AnalyticsService(null,
                JpaEventStatistics.live(em), null).statistics(first, last, DocumentKind.REPORT, false), 1);
        measure("statistics: whole answer, ten years, both kinds (summary)", em -> new AnalyticsService(null,
                new JpaEventStatistics(em), null).statistics(first, last, null, false), 1);
        if (selected("clients")) {
            concurrent(8);
        }
        if (selected("GetChanges")) {
            changes();
        }
    }

    private static JpaEventEntryRepository repo(EntityManager em) {
        return new JpaEventEntryRepository(em);
    }

    private static EventQuery query(ReportingPeriod period, Level level, String organization, String country,
            String text, int page, EventSort sort) {
        return new EventQuery(period, null, level, organization, null, country, null, null, text, null, null, null,
                page, 50, sort);
    }

    /**
     * Runs the query for the configured time (at least {@code minRuns}) and prints its figures; a query whose name
     * does not start with one of {@code -Dscale.only} (comma-separated prefixes, e.g. {@code statistics}) is left
     * out, the baselines never.
     */
    private long measure(String name, Function<EntityManager, ?> query, Integer minRuns) {
        if (!name.startsWith("baseline") && !selected(name)) {
            return 0;
        }
        times(query, seconds / 3, 1);
        long[] times = times(query, seconds, minRuns == null ? 5 : minRuns);
        Arrays.sort(times);
        long mean = Arrays.stream(times).sum() / times.length;
        System.out.printf(Locale.ROOT, "%-62s %8d %9.2f %9.2f %9s%n", name, times.length, ms(percentile(times, 50)),
                ms(percentile(times, 99)), pingNanosPerRun == 0
                        ? "—"
                        : String.format(Locale.ROOT, "%.1f", 100.0 * pingNanosPerRun / mean));
        return mean;
    }

    /** Whether the part is asked for by {@code -Dscale.only} (every part without it). */
    private static boolean selected(String name) {
        String only = System.getProperty("scale.only", "");
        return only.isBlank() || Arrays.stream(only.split(",")).anyMatch(prefix -> name.startsWith(prefix.strip()));
    }

    private long[] times(Function<EntityManager, ?> query, double forSeconds, int minRuns) {
        List<Long> times = new ArrayList<>();
        long until = System.nanoTime() + (long) (forSeconds * 1e9);
        EntityManager em = emf.createEntityManager();
        try {
            while (System.nanoTime() < until || times.size() < minRuns) {
                long start = System.nanoTime();
                query.apply(em);
                times.add(System.nanoTime() - start);
                em.clear();
            }
        } finally {
            em.close();
        }
        return times.stream().mapToLong(Long::longValue).toArray();
    }

    /** The filtered list and SELECT 1 with several clients at once: requests per second and the ratio. */
    private void concurrent(int clients) throws Exception {
        double ping = rate(clients, em -> em.createNativeQuery("select 1").getSingleResult());
        double list = rate(clients, em -> repo(em).summaries(query(randomQuarter(), Level.REGIONAL,
                randomOrganization(), randomCountry(), null, 0, EventSort.OFFICIAL)));
        System.out.printf(Locale.ROOT, "%d clients: list (period + level + organisation + country) %.0f/s, SELECT 1"
                + " %.0f/s: %.1f %%%n", clients, list, ping, 100 * list / ping);
    }

    private double rate(int clients, Function<EntityManager, ?> query) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> runs = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                runs.add(pool.submit(() -> times(query, seconds, 1)));
            }
            long count = 0;
            long[] all = new long[0];
            for (Future<long[]> run : runs) {
                long[] times = run.get();
                count += times.length;
                long[] merged = Arrays.copyOf(all, all.length + times.length);
                System.arraycopy(times, 0, merged, all.length, times.length);
                all = merged;
            }
            Arrays.sort(all);
            System.out.printf(Locale.ROOT, "  (%d clients: p50 %.2f ms, p99 %.2f ms)%n", clients,
                    ms(percentile(all, 50)), ms(percentile(all, 99)));
            return count / seconds;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Every approved submission's entries in keyset pages of 80 submissions (about 500 entries), as GetChanges
     * reads them (the approval keys after the cursor, then their entries in one projection), for the configured
     * time after a warm-up of a third of it (the walk goes on from where the warm-up stopped).
     */
    private void changes() {
        EntityManager em = emf.createEntityManager();
        try {
            Walk walk = new Walk(new JpaSubmissionRepository(em), repo(em), em);
            walk.pages(seconds);
            walk.reset();
            walk.pages(seconds * 3);
            int pages = Math.max(1, walk.pages);
            System.out.printf(Locale.ROOT, "GetChanges walk: %d pages, %,d records in %.1f s: %.0f records/s;"
                    + " a page %.0f ms (keys %.0f ms), %.1f times the SELECT 1 mean; the client's CPU %.1f ms a page"
                    + " (%.0f records a CPU second)%n", walk.pages, walk.records, walk.nanos / 1e9,
                    walk.records / (walk.nanos / 1e9), ms(walk.nanos / pages), ms(walk.keysNanos / pages),
                    pingNanosPerRun == 0 ? 0.0 : (double) walk.nanos / pages / pingNanosPerRun,
                    ms(walk.cpuNanos / pages), walk.records / (walk.cpuNanos / 1e9));
        } finally {
            em.close();
        }
    }

    /** The GetChanges walk: its cursor and what it read since the last reset (time, the client's CPU time). */
    private static final class Walk {

        private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

        private final JpaSubmissionRepository submissions;
        private final JpaEventEntryRepository events;
        private final EntityManager em;
        private OffsetDateTime at = OffsetDateTime.parse("2000-01-01T00:00:00Z");
        private long id;
        private long records;
        private int pages;
        private long nanos;
        private long keysNanos;
        private long cpuNanos;

        Walk(JpaSubmissionRepository submissions, JpaEventEntryRepository events, EntityManager em) {
            this.submissions = submissions;
            this.events = events;
            this.em = em;
        }

        void reset() {
            records = 0;
            pages = 0;
            nanos = 0;
            keysNanos = 0;
            cpuNanos = 0;
        }

        /** Reads pages for about this long (or to the end). */
        void pages(double forSeconds) {
            long until = System.nanoTime() + (long) (forSeconds * 1e9);
            while (System.nanoTime() < until) {
                long start = System.nanoTime();
                long cpuStart = CPU.getCurrentThreadCpuTime();
                List<ApprovedSubmission> page = submissions.approvedAfter(at, id, 80);
                keysNanos += System.nanoTime() - start;
                if (page.isEmpty()) {
                    return;
                }
                records += events.summariesOfSubmissions(page.stream().map(ApprovedSubmission::id).toList()).size();
                ApprovedSubmission last = page.get(page.size() - 1);
                at = last.decidedAt();
                id = last.id();
                pages++;
                em.clear();
                nanos += System.nanoTime() - start;
                cpuNanos += CPU.getCurrentThreadCpuTime() - cpuStart;
            }
        }
    }

    private long randomEntryId() {
        return 1_000_000 + ThreadLocalRandom.current().nextLong(entries * 12 / 10);
    }

    private String randomOrganization() {
        return organizations.get(ThreadLocalRandom.current().nextInt(organizations.size()));
    }

    private static ReportingPeriod randomQuarter() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return ReportingPeriod.quarter(2016 + random.nextInt(10), 1 + random.nextInt(4));
    }

    private static String randomCountry() {
        return pick(COUNTRIES);
    }

    private static String pick(String[] values) {
        return values[ThreadLocalRandom.current().nextInt(values.length)];
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
