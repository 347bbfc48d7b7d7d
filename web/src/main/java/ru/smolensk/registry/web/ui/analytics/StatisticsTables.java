package ru.smolensk.registry.web.ui.analytics;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ru.smolensk.registry.domain.application.analytics.Statistics;
import ru.smolensk.registry.web.ui.Texts;

/**
 * The statistics of a range as the screen shows them: the codes replaced by Russian names, months as «октябрь
 * 2025», and the chart of each breakdown.
 */
public final class StatisticsTables implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CHART_ROWS = 15;

    private final long events;
    private final List<CountRow> byCountry;
    private final List<CountRow> byOrganization;
    private final List<CountRow> bySphere;
    private final List<CountRow> byMonth;
    private final List<FulfilmentRow> fulfilment;

    StatisticsTables(Statistics statistics, Function<String, String> country, Function<String, String> organization,
            Function<String, String> sphere) {
        this.events = statistics.events();
        this.byCountry = rows(statistics.byCountry(), country);
        this.byOrganization = rows(statistics.byOrganization(), organization);
        this.bySphere = rows(statistics.bySphere(), sphere);
        this.byMonth = rows(statistics.byMonth(), StatisticsTables::month);
        this.fulfilment = statistics.fulfilment().stream().map(f -> new FulfilmentRow(organization.apply(f
                .organization()), f.planned(), f.reported(), f.plannedHeld(), f.percentHeld())).toList();
    }

    /** E.g. «октябрь 2025» for {@code 2025-10}. */
    static String month(String code) {
        YearMonth month = YearMonth.parse(code);
        return Texts.get("month." + month.getMonthValue()) + " " + month.getYear();
    }

    private static List<CountRow> rows(Map<String, Long> counts, Function<String, String> name) {
        return counts.entrySet().stream().map(e -> new CountRow(name.apply(e.getKey()), e.getValue())).toList();
    }

    private static String series() {
        return Texts.get("analytics.series");
    }

    public String getCountryChart() {
        return ChartJson.bars(byCountry, series(), true, CHART_ROWS);
    }

    public String getOrganizationChart() {
        return ChartJson.bars(byOrganization, series(), true, CHART_ROWS);
    }

    public String getSphereChart() {
        return ChartJson.bars(bySphere, series(), true, CHART_ROWS);
    }

    public String getMonthChart() {
        return ChartJson.bars(byMonth, series(), false, 120);
    }

    public long getEvents() {
        return events;
    }

    public List<CountRow> getByCountry() {
        return byCountry;
    }

    public List<CountRow> getByOrganization() {
        return byOrganization;
    }

    public List<CountRow> getBySphere() {
        return bySphere;
    }

    public List<CountRow> getByMonth() {
        return byMonth;
    }

    public List<FulfilmentRow> getFulfilment() {
        return fulfilment;
    }
}
