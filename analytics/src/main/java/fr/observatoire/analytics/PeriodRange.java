package fr.observatoire.analytics;

import java.util.Objects;

/**
 * The periods a job reports on, inclusive at both ends; a null bound is open. Periods are compared as text, which
 * orders years ({@code "2024" < "2025"}).
 *
 * @param from first period reported, or null for no lower bound
 * @param to   last period reported, or null for no upper bound
 */
public record PeriodRange(String from, String to) {

    public PeriodRange {
        from = blankToNull(from);
        to = blankToNull(to);
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new IllegalArgumentException("Period range from " + from + " to " + to + " is empty: " + from
                    + " comes after " + to);
        }
    }

    /** Every period. */
    public static PeriodRange all() {
        return new PeriodRange(null, null);
    }

    /** One period, e.g. {@code 2025}. */
    public static PeriodRange single(String period) {
        Objects.requireNonNull(period, "period");
        return new PeriodRange(period, period);
    }

    public boolean isAll() {
        return from == null && to == null;
    }

    @Override
    public String toString() {
        if (isAll()) {
            return "all periods";
        }
        if (Objects.equals(from, to)) {
            return from;
        }
        return (from == null ? "…" : from) + "–" + (to == null ? "…" : to);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
