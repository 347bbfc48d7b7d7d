package ru.smolensk.registry.domain.model.period;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a half-year of a year (plans) or a quarter (reports), written {@code 2026-H1}
 * or {@code 2025-Q4}. Immutable value object with calendar arithmetic; serializable, as the screens keep periods in
 * their view state, which a cluster stores in the database.
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod>, Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern CODE = Pattern.compile("(\\d{4})-([HQ])(\\d)");
    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2100;

    private final int year;
    private final PeriodType type;
    private final int number;

    private ReportingPeriod(int year, PeriodType type, int number) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidPeriodException("Год отчетного периода должен быть от " + MIN_YEAR + " до " + MAX_YEAR
                    + ": " + year);
        }
        if (number < 1 || number > type.perYear()) {
            throw new InvalidPeriodException("Номер " + (type == PeriodType.QUARTER ? "квартала" : "полугодия")
                    + " должен быть от 1 до " + type.perYear() + ": " + number);
        }
        this.year = year;
        this.type = type;
        this.number = number;
    }

    public static ReportingPeriod halfYear(int year, int half) {
        return new ReportingPeriod(year, PeriodType.HALF_YEAR, half);
    }

    public static ReportingPeriod quarter(int year, int quarter) {
        return new ReportingPeriod(year, PeriodType.QUARTER, quarter);
    }

    public static ReportingPeriod of(int year, PeriodType type, int number) {
        return new ReportingPeriod(year, type, number);
    }

    /**
     * Parses a period code such as {@code 2026-H1} or {@code 2025-Q4} (case-insensitive).
     *
     * @throws InvalidPeriodException with a Russian message when the code is malformed
     */
    public static ReportingPeriod parse(String code) {
        if (code == null) {
            throw new InvalidPeriodException("Отчетный период не указан");
        }
        Matcher m = CODE.matcher(code.trim().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidPeriodException("Неверный код отчетного периода «" + code
                    + "»: ожидается, например, 2026-H1 (полугодие) или 2025-Q4 (квартал)");
        }
        PeriodType type = m.group(2).equals("H") ? PeriodType.HALF_YEAR : PeriodType.QUARTER;
        return new ReportingPeriod(Integer.parseInt(m.group(1)), type, Integer.parseInt(m.group(3)));
    }

    /** The period of the given type that contains the date. */
    /** Every half-year and quarter that lies within [from, to], half-years first. */
    public static java.util.List<ReportingPeriod> between(LocalDate from, LocalDate to) {
        java.util.List<ReportingPeriod> periods = new java.util.ArrayList<>();
        for (PeriodType type : PeriodType.values()) {
            for (ReportingPeriod p = containing(from, type); !p.start().isAfter(to); p = p.next()) {
                if (!p.start().isBefore(from) && !p.end().isAfter(to)) {
                    periods.add(p);
                }
            }
        }
        return periods;
    }

    public static ReportingPeriod containing(LocalDate date, PeriodType type) {
        int number = (date.getMonthValue() - 1) / type.months() + 1;
        return new ReportingPeriod(date.getYear(), type, number);
    }

    public int year() {
        return year;
    }

    public PeriodType type() {
        return type;
    }

    public int number() {
        return number;
    }

    public String code() {
        return year + "-" + type.letter() + number;
    }

    /**
     * The period as people write it, e.g. «I полугодие 2026 года» or «IV квартал 2025 года» (the same words after
     * «за» and «на»): what letters and messages show instead of the code.
     */
    public String russianName() {
        String roman = new String[]{"I", "II", "III", "IV"}[number - 1];
        return roman + (type == PeriodType.HALF_YEAR ? " полугодие " : " квартал ") + year + " года";
    }

    public LocalDate start() {
        return YearMonth.of(year, (number - 1) * type.months() + 1).atDay(1);
    }

    public LocalDate end() {
        return YearMonth.of(year, number * type.months()).atEndOfMonth();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** Whether the closed range [from, to] lies entirely inside this period. */
    public boolean covers(LocalDate from, LocalDate to) {
        return contains(from) && contains(to);
    }

    public ReportingPeriod next() {
        return number == type.perYear()
                ? new ReportingPeriod(year + 1, type, 1)
                : new ReportingPeriod(year, type, number + 1);
    }

    public ReportingPeriod previous() {
        return number == 1
                ? new ReportingPeriod(year - 1, type, type.perYear())
                : new ReportingPeriod(year, type, number - 1);
    }

    /** The half-year that contains this period (itself for a half-year). */
    public ReportingPeriod enclosingHalfYear() {
        return type == PeriodType.HALF_YEAR ? this : halfYear(year, number <= 2 ? 1 : 2);
    }

    /** The quarters of this period, in order (itself for a quarter). */
    public List<ReportingPeriod> quarters() {
        if (type == PeriodType.QUARTER) {
            return List.of(this);
        }
        List<ReportingPeriod> quarters = new ArrayList<>(2);
        quarters.add(quarter(year, number * 2 - 1));
        quarters.add(quarter(year, number * 2));
        return List.copyOf(quarters);
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : other.end().compareTo(end());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportingPeriod p && p.year == year && p.type == type && p.number == number;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, type, number);
    }

    @Override
    public String toString() {
        return code();
    }
}
