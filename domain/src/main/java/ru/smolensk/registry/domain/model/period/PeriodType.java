package ru.smolensk.registry.domain.model.period;

/** The two reporting rhythms: plans are made per half-year, reports per quarter. */
public enum PeriodType {
    HALF_YEAR('H', 2), QUARTER('Q', 4);

    private final char letter;
    private final int perYear;

    PeriodType(char letter, int perYear) {
        this.letter = letter;
        this.perYear = perYear;
    }

    /** The letter used in period codes: {@code H} in {@code 2026-H1}, {@code Q} in {@code 2025-Q4}. */
    public char letter() {
        return letter;
    }

    /** How many periods of this type a calendar year holds. */
    public int perYear() {
        return perYear;
    }

    /** Months in one period of this type. */
    public int months() {
        return 12 / perYear;
    }
}
