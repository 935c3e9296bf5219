package fr.observatoire.reports.view;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.lake.Lake;
import fr.observatoire.reports.data.DiagnosticRow;
import fr.observatoire.reports.data.LakeReader;
import fr.observatoire.reports.data.TerritoryRef;
import fr.observatoire.reports.disclosure.DisclosureControl;
import fr.observatoire.reports.fixture.LakeFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FicheBuilderTest {

    @TempDir
    Path dir;

    @Test
    void publishedTotalsAreTrueTotalsAndHiddenCellsHideTheirRatesTrendsAndVerbatims() {
        Lake lake = new Lake(LakeFixture.write(dir.resolve("lake"), "builder"));
        TerritoryRef gironde = new TerritoryRef("departement", "33", "Gironde");
        try (LakeReader reader = LakeReader.open(lake)) {
            TerritoryCard card = new FicheBuilder(new DisclosureControl(5), Scope.ALL).build(reader, gironde, "2025");
            List<DiagnosticRow> rows = reader.diagnostic(gironde, "2025");

            long total = rows.stream().mapToLong(DiagnosticRow::persons).sum();
            List<Cell> footer = card.needs().footer().get(0);
            assertThat(footer.get(footer.size() - 1).number()).isEqualTo((double) total);

            long smallCells = rows.stream().filter(r -> r.persons() > 0 && r.persons() < 5).count();
            long hiddenInNeeds = card.needs().rows().stream().flatMap(List::stream).filter(Cell::hidden).count();
            assertThat(smallCells).isPositive();
            assertThat(hiddenInNeeds).isGreaterThanOrEqualTo(smallCells);

            for (List<Cell> detail : card.trends().rows()) {
                boolean hidden = detail.get(3).hidden();
                assertThat(detail.get(4).hidden()).as("rate of %s", detail).isEqualTo(hidden);
                assertThat(detail.get(9).hidden()).as("trend of %s", detail).isEqualTo(hidden);
                if (!hidden) {
                    assertThat(detail.get(3).number()).isGreaterThanOrEqualTo(5.0);
                }
            }
            Set<String> visibleCells = new java.util.HashSet<>();
            for (List<Cell> detail : card.trends().rows()) {
                if (!detail.get(3).hidden()) {
                    visibleCells.add(detail.get(0).text() + "|" + detail.get(1).text());
                }
            }
            assertThat(card.verbatims()).isNotEmpty().allSatisfy(v -> {
                assertThat(visibleCells).contains(Labels.publicLabel(v.publicCode()) + "|" + Labels.domain(v.needDomain()));
                assertThat(v.text()).doesNotContain("@").doesNotContain("06 12 34 56 78");
            });
            assertThat(card.map().highlighted()).containsExactly("33");
            assertThat(card.map().shades()).filteredOn(MapModel.Shade::hidden).allSatisfy(s -> assertThat(s.value()).isNull());
        }
    }

    @Test
    void aScopeKeepsOnlyTheRequestedPublicsAndThemes() {
        Lake lake = new Lake(LakeFixture.write(dir.resolve("lake"), "builder"));
        try (LakeReader reader = LakeReader.open(lake)) {
            TerritoryCard card = new FicheBuilder(new DisclosureControl(5),
                    new Scope(Set.of("personnes_agees"), Set.of(), List.of("24")))
                    .build(reader, new TerritoryRef("departement", "47", "Lot-et-Garonne"), "2025");
            assertThat(card.needs().rows()).extracting(r -> r.get(0).text()).containsOnly("Personnes âgées");
            assertThat(card.gaps().rows()).extracting(r -> r.get(1).text()).containsOnly("Personnes âgées");
            assertThat(card.comparison().rows()).hasSize(2);
            assertThat(card.comparison().rows().get(1).get(0).text()).isEqualTo("Département 24 — Dordogne");
        }
    }

    @Test
    void theGapChartLeavesOutCategoriesWithoutAnyPlaceHereOrInTheMedians() {
        List<fr.observatoire.reports.data.GapRow> rows = List.of(
                new fr.observatoire.reports.data.GapRow("personnes_agees", "EHPAD", 4_700L, 47_766L, 98.4, 98.0,
                        96.1, 0.0, 71L, false, 1, 5L),
                new fr.observatoire.reports.data.GapRow("personnes_agees", "ACCUEIL_JOUR_PA", 0L, 47_766L, 0.0, 0.0,
                        null, 0.0, 0L, false, 2, 0L),
                new fr.observatoire.reports.data.GapRow("adultes_handicapes", "SAMSAH", 0L, 145_815L, 0.0, 0.4,
                        0.5, 58.3, 12L, true, 3, 2L));

        assertThat(FicheBuilder.gapBars(rows)).extracting(BarGroup::label).containsExactly("EHPAD", "SAMSAH");
    }
}
