package fr.observatoire.reports.view;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.lake.Lake;
import fr.observatoire.reports.ReportGenerator;
import fr.observatoire.reports.ReportRequest;
import fr.observatoire.reports.ReportResult;
import fr.observatoire.reports.data.LakeReader;
import fr.observatoire.reports.data.TerritoryRef;
import fr.observatoire.reports.data.ThemeCount;
import fr.observatoire.reports.data.ThemePeriods;
import fr.observatoire.reports.disclosure.DisclosureControl;
import fr.observatoire.reports.disclosure.VerbatimCheck;
import fr.observatoire.reports.fixture.LakeFixture;
import fr.observatoire.vocabulary.ActorGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The section "Ce que disent les textes" on the fixture lake: disclosure, verbatims, a lake without themes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThemesSectionTest {

    private static final int GROUP_COLUMN = 3;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    private Lake lake;

    @BeforeAll
    void writeLake(@TempDir Path dir) {
        lake = new Lake(LakeFixture.write(dir.resolve("lake"), "themes"));
    }

    @Test
    void aLakeWithoutThemesGivesAFicheThatSaysHowToGetThem(@TempDir Path dir) throws IOException {
        Path copy = LakeFixture.write(dir.resolve("lake"), "themes");
        try (Stream<Path> files = Files.walk(copy.resolve("themes"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        ReportResult result = new ReportGenerator(CLOCK).generate(ReportRequest.of(copy, "departement:47",
                dir.resolve("site")));

        TerritoryCard card = result.pages().get(0).card();
        assertThat(card.themes().available()).isFalse();
        assertThat(card.tables()).extracting(Table::id).doesNotContain("themes", "themes-specificites");
        assertThat(Files.readString(result.pages().get(0).html()))
                .contains("<section id=\"textes\">", "Analyse thématique non disponible",
                        "<code>observatory run themes</code>");
        assertThat(dir.resolve("site/exports/departement-47/themes.csv")).doesNotExist();
    }

    @Test
    void aTerritoryWithoutAnyTextSaysSoWhenTheJobRan(@TempDir Path dir) throws Exception {
        Path copy = LakeFixture.write(dir.resolve("lake"), "themes");
        Path counts = copy.resolve("themes/theme_counts/part-0.parquet");
        Path kept = dir.resolve("kept.parquet");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                java.sql.Statement statement = c.createStatement()) {
            statement.execute("COPY (SELECT * FROM read_parquet(" + fr.observatoire.lake.Sql.literal(counts)
                    + ") WHERE territory_code <> '47') TO " + fr.observatoire.lake.Sql.literal(kept) + " (FORMAT parquet)");
        }
        Files.move(kept, counts, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ReportResult result = new ReportGenerator(CLOCK).generate(ReportRequest.of(copy, "departement:47,departement:33",
                dir.resolve("site")));

        assertThat(result.pages().get(0).card().themes().available()).isFalse();
        assertThat(Files.readString(result.pages().get(0).html()))
                .contains("L&#39;analyse thématique n&#39;a trouvé aucun texte libre pour ce territoire.")
                .doesNotContain("Analyse thématique non disponible");
        assertThat(result.pages().get(1).card().themes().available()).isTrue();
    }

    @Test
    void smallThemesAreHiddenAndNoThemeHoldsASingleHiddenCountAmongItsOwnAndItsGroups() {
        try (LakeReader reader = LakeReader.open(lake)) {
            FicheBuilder builder = new FicheBuilder(new DisclosureControl(5), Scope.ALL);
            int hiddenThemes = 0;
            int hiddenGroupCells = 0;
            for (TerritoryRef territory : departements(reader)) {
                ThemesSection themes = builder.build(reader, territory, "2025").themes();
                assertThat(themes.available()).isTrue();
                assertThat(themes.periods()).isEqualTo("2024–2025");
                Map<String, ThemeCount> counts = new HashMap<>();
                reader.themeCounts(territory, new ThemePeriods("2024", "2025")).forEach(c -> counts.put(c.label(), c));
                for (List<Cell> row : themes.themes().rows()) {
                    ThemeCount count = counts.get(row.get(0).text());
                    int hiddenInRow = row.get(1).hidden() ? 1 : 0;
                    if (count.observations() < 5) {
                        assertThat(row.get(1).hidden()).as(territory + " " + count).isTrue();
                    }
                    if (row.get(1).hidden()) {
                        hiddenThemes++;
                        assertThat(row.get(2).hidden()).isTrue();
                    } else {
                        assertThat(row.get(1).number()).isEqualTo((double) count.observations());
                        assertThat(count.observations()).isGreaterThanOrEqualTo(5);
                        assertThat(row.get(8).text()).isEqualTo(count.sourceGroups() >= 3 ? "oui" : "");
                    }
                    for (int g = 0; g < ActorGroup.values().length; g++) {
                        Cell cell = row.get(GROUP_COLUMN + g);
                        long value = count.byActorGroup()[g];
                        if (cell.hidden()) {
                            hiddenInRow++;
                            hiddenGroupCells++;
                        } else {
                            assertThat(value == 0 || value >= 5).as(territory + " " + count).isTrue();
                        }
                    }
                    // a theme's count is the sum of its groups': never one hidden among the five
                    assertThat(hiddenInRow).as(territory + " " + count).isNotEqualTo(1);
                    assertThat(row.get(7).hidden()).isEqualTo(hiddenInRow > 0);
                }
                assertThat(themes.bars()).hasSizeLessThanOrEqualTo(ThemesBuilder.MAX_THEMES_IN_CHART)
                        .allSatisfy(bar -> assertThat(counts.get(bar.label()).observations()).isGreaterThanOrEqualTo(5));
            }
            assertThat(hiddenThemes).isPositive();
            assertThat(hiddenGroupCells).isPositive();
        }
    }

    @Test
    void verbatimsComeFromPublishedThemesAndNameOnlyPublishedGroupsAndNeedCellsAndAreCheckedAgain() {
        try (LakeReader reader = LakeReader.open(lake)) {
            FicheBuilder builder = new FicheBuilder(new DisclosureControl(5), Scope.ALL);
            List<KwicQuote> all = new ArrayList<>();
            int withheld = 0;
            for (TerritoryRef territory : departements(reader)) {
                TerritoryCard card = builder.build(reader, territory, "2025");
                List<KwicQuote> quotes = card.themes().quotes();
                assertThat(quotes).hasSizeLessThanOrEqualTo(ThemesSection.MAX_QUOTES);
                assertThat(quotes.stream().map(KwicQuote::theme).distinct().count())
                        .isLessThanOrEqualTo(ThemesBuilder.QUOTED_THEMES);
                Map<String, List<Cell>> themeRows = new HashMap<>();
                card.themes().themes().rows().forEach(r -> themeRows.put(r.get(0).text(), r));
                Set<String> publishedNeeds = new HashSet<>();
                for (List<Cell> detail : card.trends().rows()) {
                    if (!detail.get(3).hidden()) {
                        publishedNeeds.add(detail.get(0).text() + "|" + detail.get(1).text());
                    }
                }
                for (KwicQuote quote : quotes) {
                    List<Cell> row = themeRows.get(quote.theme());
                    assertThat(row.get(1).hidden()).isFalse();
                    assertThat(row.get(1).number()).isGreaterThanOrEqualTo(5.0);
                    if (quote.actorGroup() != null) {
                        int group = List.of(ActorGroup.values()).stream().map(ActorGroup::code).toList()
                                .indexOf(quote.actorGroup());
                        assertThat(row.get(GROUP_COLUMN + group).hidden()).as(quote.toString()).isFalse();
                        assertThat(row.get(GROUP_COLUMN + group).number()).as(quote.toString()).isPositive();
                    } else {
                        withheld++;
                    }
                    if (quote.publicCode() != null) {
                        assertThat(publishedNeeds).contains(Labels.publicLabel(quote.publicCode()) + "|"
                                + Labels.domain(quote.needDomain()));
                    }
                    String text = quote.left() + quote.keyword() + quote.right();
                    assertThat(text).doesNotContain("@").doesNotContain("12 34 56");
                }
                all.addAll(quotes);
            }
            assertThat(all).hasSizeGreaterThan(20);
            assertThat(withheld).as("verbatims whose actor group count is hidden").isPositive();
            assertThat(all).anySatisfy(q -> assertThat(q.actorGroup()).isNotNull());
            assertThat(all).anySatisfy(q -> assertThat(q.left() + q.right()).contains(VerbatimCheck.MASK));
        }
    }

    @Test
    void aHigherThresholdThanTheJobsKeepsOnlyVerbatimsOfThemesAtOrAboveIt() {
        try (LakeReader reader = LakeReader.open(lake)) {
            FicheBuilder builder = new FicheBuilder(new DisclosureControl(20), Scope.ALL);
            int quotes = 0;
            int belowInTheLake = 0;
            for (TerritoryRef territory : departements(reader)) {
                ThemesSection themes = builder.build(reader, territory, "2025").themes();
                Map<String, Long> observations = new HashMap<>();
                reader.themeCounts(territory, new ThemePeriods("2024", "2025"))
                        .forEach(c -> observations.put(c.label(), c.observations()));
                for (KwicQuote quote : themes.quotes()) {
                    assertThat(observations.get(quote.theme())).isGreaterThanOrEqualTo(20);
                    quotes++;
                }
                belowInTheLake += (int) reader.concordance(territory, new ThemePeriods("2024", "2025")).stream()
                        .filter(line -> line.cellObservations() < 20).count();
                assertThat(themes.specificities().rows()).allSatisfy(r -> assertThat(r.get(1).number()).isGreaterThanOrEqualTo(20));
                assertThat(themes.pairs().rows()).allSatisfy(r -> assertThat(r.get(2).number()).isGreaterThanOrEqualTo(20));
            }
            assertThat(quotes).isPositive();
            assertThat(belowInTheLake).as("verbatims the job published at its min_cell of 5").isPositive();
        }
    }

    @Test
    void aRegionsPublishedCountsMinusItsPublishedDepartementsNeverRevealOneDepartement() {
        try (LakeReader reader = LakeReader.open(lake)) {
            FicheBuilder builder = new FicheBuilder(new DisclosureControl(5), Scope.ALL);
            int checked = 0;
            for (TerritoryRef region : reader.territories().stream().filter(t -> t.level().equals("region")).toList()) {
                TerritoryCard parent = builder.build(reader, region, "2025");
                List<TerritoryCard> children = reader.departementsOf(region).stream()
                        .map(code -> builder.build(reader, new TerritoryRef("departement", code, code), "2025")).toList();
                checked += assertNoSingleHiddenChild(parent.needs(), children.stream().map(TerritoryCard::needs).toList(),
                        Set.of());
                checked += assertNoSingleHiddenChild(parent.themes().themes(),
                        children.stream().map(c -> c.themes().themes()).toList(),
                        Set.of("Part des textes (%)", "Groupes d'acteurs"));
            }
            assertThat(checked).isPositive();
        }
    }

    /**
     * For every additive count the parent publishes, its children hide none or at least two (only the needs' cells;
     * their row totals are not covered, see docs/reports.md); returns the counts checked.
     */
    private static int assertNoSingleHiddenChild(Table parent, List<Table> children, Set<String> notAdditive) {
        int checked = 0;
        for (List<Cell> row : parent.rows()) {
            for (int c = 1; c < row.size(); c++) {
                String column = parent.columns().get(c).label();
                if (row.get(c).hidden() || !parent.columns().get(c).numeric() || notAdditive.contains(column)) {
                    continue;
                }
                int hidden = 0;
                for (Table child : children) {
                    int cc = child.columns().stream().map(Column::label).toList().indexOf(column);
                    for (List<Cell> childRow : child.rows()) {
                        if (cc >= 0 && childRow.get(0).text().equals(row.get(0).text()) && childRow.get(cc).hidden()) {
                            hidden++;
                        }
                    }
                }
                assertThat(hidden).as("%s / %s", row.get(0).text(), column).isNotEqualTo(1);
                checked++;
            }
        }
        return checked;
    }

    private static List<TerritoryRef> departements(LakeReader reader) {
        return reader.territories().stream().filter(t -> t.level().equals("departement"))
                .filter(t -> t.code().compareTo("40") >= 0 && t.code().compareTo("70") < 0).toList();
    }
}
