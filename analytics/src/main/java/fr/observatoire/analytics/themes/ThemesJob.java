package fr.observatoire.analytics.themes;

import fr.observatoire.analytics.LakeSources;
import fr.observatoire.analytics.VocabularyViews;
import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.engine.OutputFolders;
import fr.observatoire.analytics.engine.SqlType;
import fr.observatoire.analytics.engine.Step;
import fr.observatoire.analytics.engine.TableSchema;
import fr.observatoire.lake.Lake;
import fr.observatoire.lake.ReferenceTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Qualitative analysis of the free text, in French: every observation's themes (a versioned vocabulary matched on
 * Lucene's French normalisation), theme counts per territory and actor group, specificities (signed chi-square of
 * themes and terms of a territory or group against its whole), co-occurrences of themes and of terms, and a
 * disclosure-controlled concordance (keyword in context). Writes {@code <lake>/themes/<table>/} (see
 * {@link ThemesColumns} and {@code docs/analytics-themes.md}). Engine-neutral: the text analysis runs through
 * {@link Engine#annotate}, the rest as SQL steps, so Spark and DuckDB give the same rows.
 */
public final class ThemesJob {

    /** Output folder name under the lake. */
    public static final String OUTPUT = "themes";

    private final Engine engine;

    public ThemesJob(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    public ThemesSummary run(ThemesRequest request) {
        long start = System.nanoTime();
        Lake lake = request.lake();
        ThemeVocabulary vocabulary = request.vocabulary();
        Map<String, Duration> timings = new LinkedHashMap<>();
        Timer timer = new Timer(timings);

        timer.time("register", () -> {
            engine.register(LakeSources.observations(lake));
            engine.register(LakeSources.reference(lake, ReferenceTable.GROUPINGS, false));
            VocabularyViews.register(engine);
            engine.register("th_vocabulary", TableSchema.of("theme", SqlType.STRING, "label", SqlType.STRING),
                    vocabulary.themes().entrySet().stream()
                            .map(e -> List.<Object>of(e.getKey(), e.getValue())).toList());
        });
        String from = request.periods().from();
        String to = request.periods().to();
        run(timer, Step.of("th_obs", "themes/01_observations.sql", from, from, to, to));
        run(timer, Step.of("th_texts", "themes/02_texts.sql"));
        timer.time("annotate texts", () -> engine.annotate("th_texts", "th_mentions", TextAnnotator.MENTIONS,
                new TextAnnotator(vocabulary)));
        run(timer, Step.of("th_periods", "themes/03_periods.sql"));
        run(timer, Step.of("th_places", "themes/04_places.sql", request.level(), request.level()));
        run(timer, Step.of("th_terms", "themes/05_terms.sql", request.minTermObservations(), request.maxTerms()));
        run(timer, Step.of("th_items", "themes/06_items.sql"));
        run(timer, Step.of("th_observation_themes", "themes/07_observation_themes.sql", vocabulary.version()));
        run(timer, Step.of("th_place_items", "themes/08_place_items.sql"));
        run(timer, Step.of("th_cells", "themes/09_cells.sql"));
        run(timer, Step.of("th_theme_counts", "themes/10_theme_counts.sql"));
        run(timer, Step.of("th_cell_totals", "themes/11_cell_totals.sql"));
        run(timer, Step.of("th_whole", "themes/12_whole.sql"));
        run(timer, Step.of("th_parts", "themes/13_parts.sql"));
        run(timer, Step.of("th_specificities", "themes/14_specificities.sql", request.alpha(), request.minCell(),
                request.maxItems()));
        run(timer, Step.of("th_pair_items", "themes/15_pair_items.sql", request.pairedTerms()));
        run(timer, Step.of("th_place_pairs", "themes/16_pairs.sql"));
        run(timer, Step.of("th_cooccurrences", "themes/17_cooccurrences.sql", request.minCell(),
                request.maxPairs()));
        run(timer, Step.of("th_place_lines", "themes/18_place_lines.sql", request.maxLines()));
        run(timer, Step.of("th_lines", "themes/19_lines.sql", request.minCell(), request.maxLines()));
        timer.time("annotate contexts", () -> engine.annotate("th_lines", "th_kwic", KWIC, new ContextAnnotator()));
        run(timer, Step.of("th_concordance", "themes/20_concordance.sql"));

        Path output = lake.output(OUTPUT);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : ThemesColumns.TABLES) {
            timer.time("write " + table, () -> rows.put(table, engine.write("th_" + table, output.resolve(table))));
        }
        deleteIfEmpty(output.resolve("_work"));
        long observations = engine.count("th_obs");
        engine.run(Step.of("th_summary", "themes/21_summary.sql"));
        long withThemes = ((Number) engine.collect("th_summary").get(0).get(0)).longValue();
        return new ThemesSummary(engine.name(), output, observations, withThemes, rows, timings,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** th_lines without its last three columns, plus the contexts: what the context annotator emits. */
    static final TableSchema KWIC = TableSchema.of(
            "level", SqlType.STRING, "territory_code", SqlType.STRING, "item_kind", SqlType.STRING,
            "item", SqlType.STRING, "label", SqlType.STRING, "observation_id", SqlType.STRING,
            "observed_on", SqlType.DATE, "actor_group", SqlType.STRING, "public", SqlType.STRING,
            "need_domain", SqlType.STRING, "cell_observations", SqlType.BIGINT, "cell_contributors", SqlType.BIGINT,
            "line", SqlType.INTEGER, "left_context", SqlType.STRING, "keyword", SqlType.STRING,
            "right_context", SqlType.STRING);

    private void run(Timer timer, Step step) {
        timer.time(step.view(), () -> engine.run(step));
    }

    /** Times named actions into an ordered map. */
    private record Timer(Map<String, Duration> timings) {
        void time(String name, Runnable action) {
            long start = System.nanoTime();
            action.run();
            timings.merge(name, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
        }
    }

    private static void deleteIfEmpty(Path folder) {
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                OutputFolders.deleteRecursively(folder);
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // nothing to tidy: the folder is absent or busy with another writer
        }
    }
}
