package fr.observatoire.analytics.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The measures of a bench run, and how to print them. */
public record BenchReport(List<Long> sizes, List<Duration> generation, List<BenchMeasure> measures) {

    public BenchReport {
        sizes = List.copyOf(sizes);
        generation = List.copyOf(generation);
        measures = List.copyOf(measures);
    }

    /** A plain-text table: one line per size x job, then the growth of each time with the lake size. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            lines.add(String.format(Locale.ROOT, "lake of %,d observations generated in %.1f s", sizes.get(i),
                    BenchMeasure.seconds(generation.get(i))));
        }
        lines.add(String.format(Locale.ROOT, "%-12s %-12s %10s %10s %8s %12s %10s %10s", "observations", "job",
                "spark s", "duckdb s", "spark/db", "hand-SQL s", "engine/hand", "rows"));
        for (BenchMeasure m : measures) {
            lines.add(String.format(Locale.ROOT, "%,12d %-12s %10.2f %10.2f %8.1f %12s %10s %10d", m.observations(),
                    m.job(), BenchMeasure.seconds(m.spark()), BenchMeasure.seconds(m.duckdb()), m.sparkOverDuckDb(),
                    m.handWritten() == null ? "-" : String.format(Locale.ROOT, "%.2f",
                            BenchMeasure.seconds(m.handWritten())),
                    m.handWritten() == null ? "-" : String.format(Locale.ROOT, "%.2f", m.engineOverHandWritten()),
                    m.duckdbRows()));
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
                        lines.add(String.format(Locale.ROOT,
                                "growth %s x%.1f observations: spark x%.2f, duckdb x%.2f", later.job(),
                                (double) to / from, BenchMeasure.seconds(later.spark())
                                        / BenchMeasure.seconds(earlier.spark()),
                                BenchMeasure.seconds(later.duckdb()) / BenchMeasure.seconds(earlier.duckdb())));
                    }
                }
            }
        }
        return lines;
    }
}
