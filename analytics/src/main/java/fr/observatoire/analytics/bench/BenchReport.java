package fr.observatoire.analytics.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The measures of a bench run, and how to print them. */
public record BenchReport(List<Long> sizes, List<Duration> generation, List<BenchMeasure> measures) {

    public BenchReport {
        sizes = List.copyOf(sizes);
        generation = List.copyOf(generation);
        measures = List.copyOf(measures);
    }

    /**
     * A plain-text table: one line per size x job (median times, "-" for an engine not timed), the DuckDB steps of
     * the jobs that report them, then the growth of each time with the lake size.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            lines.add(String.format(Locale.ROOT, "lake of %,d observations generated in %.1f s", sizes.get(i),
                    BenchMeasure.seconds(generation.get(i))));
        }
        int repeats = measures.isEmpty() ? 0 : measures.get(0).repeats();
        lines.add(String.format(Locale.ROOT, "median of %d runs per engine, engines alternated; engine/hand is the "
                + "median of the per-run ratios", repeats));
        if (measures.stream().anyMatch(m -> m.handWritten() != null)) {
            lines.add(BenchJobs.HAND_WRITTEN);
        }
        lines.add(String.format(Locale.ROOT, "%-12s %-12s %10s %10s %8s %12s %11s %10s", "observations", "job",
                "spark s", "duckdb s", "spark/db", "hand-SQL s", "engine/hand", "rows"));
        for (BenchMeasure m : measures) {
            lines.add(String.format(Locale.ROOT, "%,12d %-12s %10s %10s %8s %12s %11s %10d", m.observations(),
                    m.job(), seconds(m.spark(), "%.2f"), seconds(m.duckdb(), "%.2f"),
                    Double.isNaN(m.sparkOverDuckDb()) ? "-" : String.format(Locale.ROOT, "%.1f", m.sparkOverDuckDb()),
                    seconds(m.handWritten(), "%.2f"),
                    Double.isNaN(m.engineOverHandWritten()) ? "-"
                            : String.format(Locale.ROOT, "%.2f", m.engineOverHandWritten()),
                    m.duckdb() != null ? m.duckdbRows() : m.sparkRows()));
        }
        for (BenchMeasure m : measures) {
            if (m.job().equals(fr.observatoire.analytics.DiagnosticsJob.NAME) && !m.duckdbSteps().isEmpty()) {
                lines.add(String.format(Locale.ROOT, "%,d %s duckdb steps s: %s", m.observations(), m.job(),
                        steps(m.duckdbSteps())));
            }
        }
        for (int i = 1; i < sizes.size(); i++) {
            long from = sizes.get(i - 1);
            long to = sizes.get(i);
            for (BenchMeasure later : measures) {
                if (later.observations() != to) {
                    continue;
                }
                for (BenchMeasure earlier : measures) {
                    if (earlier.observations() == from && earlier.job().equals(later.job())) {
                        lines.add(String.format(Locale.ROOT, "growth %s x%.1f observations: spark %s, duckdb %s%s",
                                later.job(), (double) to / from, growth(earlier.spark(), later.spark()),
                                growth(earlier.duckdb(), later.duckdb()),
                                later.handWritten() == null || earlier.handWritten() == null ? ""
                                        : ", hand-SQL " + growth(earlier.handWritten(), later.handWritten())));
                    }
                }
            }
        }
        return lines;
    }

    private static String steps(Map<String, Duration> steps) {
        return steps.entrySet().stream()
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.2f", BenchMeasure.seconds(e.getValue())))
                .collect(Collectors.joining(", "));
    }

    private static String seconds(Duration duration, String format) {
        return duration == null ? "-" : String.format(Locale.ROOT, format, BenchMeasure.seconds(duration));
    }

    private static String growth(Duration earlier, Duration later) {
        return earlier == null || later == null ? "-" : String.format(Locale.ROOT, "x%.2f",
                BenchMeasure.seconds(later) / BenchMeasure.seconds(earlier));
    }
}
