package fr.observatoire.reports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.analytics.PeriodRange;
import fr.observatoire.analytics.duckdb.DuckDbEngine;
import fr.observatoire.analytics.themes.ThemeVocabulary;
import fr.observatoire.analytics.themes.ThemesJob;
import fr.observatoire.analytics.themes.ThemesRequest;
import fr.observatoire.lake.Lake;
import fr.observatoire.reports.disclosure.VerbatimCheck;
import fr.observatoire.reports.fixture.LakeFixture;
import fr.observatoire.reports.view.Cell;
import fr.observatoire.reports.view.KwicQuote;
import fr.observatoire.reports.view.TerritoryCard;
import fr.observatoire.reports.view.ThemesSection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real themes job (DuckDB) on the fixture lake's observations, then the fiches read what it wrote. */
class ThemesEndToEndTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theFicheShowsWhatTheThemesJobFoundInTheTexts() throws IOException {
        Path lake = LakeFixture.write(dir.resolve("lake"), "end-to-end");
        try (Stream<Path> files = Files.walk(lake.resolve("themes"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (DuckDbEngine engine = new DuckDbEngine()) {
            new ThemesJob(engine).run(ThemesRequest.of(new Lake(lake), PeriodRange.all(), null));
        }
        ReportResult result = new ReportGenerator(CLOCK).generate(ReportRequest.of(lake, "france,departement:47,region:75",
                dir.resolve("site")));

        Set<String> labels = Set.copyOf(ThemeVocabulary.standard().themes().values());
        TerritoryCard france = result.pages().get(0).card();
        ThemesSection themes = france.themes();
        assertThat(themes.available()).isTrue();
        assertThat(themes.periods()).isEqualTo("2024–2025");
        assertThat(themes.themes().rows()).isNotEmpty()
                .allSatisfy(row -> assertThat(labels).contains(row.get(0).text()));
        assertThat(themes.themes().rows()).anySatisfy(row -> assertThat(row.get(1).hidden()).isFalse());
        assertThat(themes.bars()).isNotEmpty();
        assertThat(themes.quotes()).isNotEmpty().hasSizeLessThanOrEqualTo(ThemesSection.MAX_QUOTES)
                .allSatisfy(q -> assertThat(q.left() + q.keyword() + q.right()).doesNotContain("@")
                        .doesNotContain("06 12 34 56 78"));
        for (KwicQuote quote : themes.quotes()) {
            List<Cell> row = themes.themes().rows().stream().filter(r -> r.get(0).text().equals(quote.theme()))
                    .findFirst().orElseThrow();
            assertThat(row.get(1).number()).isGreaterThanOrEqualTo(5.0);
        }
        String html = Files.readString(result.pages().get(0).html());
        assertThat(html).contains("<h2>Ce que disent les textes</h2>", "<svg class=\"chart ranked\"",
                "<blockquote class=\"kwic\">").doesNotContain("Analyse thématique non disponible");
        assertThat(html).doesNotContain("marie.durand@example.fr");
        if (html.contains("appeler le")) {
            assertThat(html).contains(VerbatimCheck.MASK);
        }
        assertThat(dir.resolve("site/exports/france-fr/themes.csv")).isRegularFile();
        for (ReportResult.Page page : result.pages()) {
            assertThat(page.card().themes().available()).as(page.card().territory().toString()).isTrue();
        }
    }
}
