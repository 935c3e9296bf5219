package fr.observatoire.analytics.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.observatoire.analytics.PeriodRange;
import fr.observatoire.analytics.duckdb.DuckDbEngine;
import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.fixture.Commune;
import fr.observatoire.analytics.fixture.Datasets;
import fr.observatoire.analytics.fixture.ObservationRow;
import fr.observatoire.analytics.fixture.TestLake;
import fr.observatoire.lake.Lake;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemesJobTest {

    static final String REPIT = "Demande de répit pour l'aidante, son mari a besoin d'une présence";
    static final String TRANSPORT = "Pas de transport le samedi pour aller au marché";

    /**
     * Two communes of Lot-et-Garonne. A: 10 observations, 6 about répit (by professionnels), 4 about transport
     * (by usagers). B: 30 observations, 4 about répit, 26 about transport. N = 40 observations with text.
     */
    static Lake fixture(Path root) {
        List<Commune> lot = Commune.ofDepartement("47");
        Commune a = lot.get(0);
        Commune b = lot.get(1);
        List<ObservationRow> rows = new ArrayList<>();
        LocalDate day = LocalDate.of(2025, 3, 1);
        for (int i = 0; i < 10; i++) {
            ObservationRow row = ObservationRow.at("B1", "contributor-" + (i % 3), a, "personnes_agees",
                    "repit_aidants", String.format("A%02d", i), day.plusDays(i));
            rows.add(i < 6 ? row.withFigures(null, null, null, REPIT, "v1")
                    : withGroup(row, "usager").withFigures(null, null, null, TRANSPORT, "v1"));
        }
        for (int i = 0; i < 30; i++) {
            ObservationRow row = ObservationRow.at("B1", "contributor-b", b, "personnes_agees", "mobilite",
                    String.format("B%02d", i), day.plusDays(i));
            rows.add(row.withFigures(null, null, null, i < 4 ? REPIT : TRANSPORT, "v1"));
        }
        // no text: not analysed, not counted in any denominator
        rows.add(ObservationRow.at("B1", "contributor-b", b, "personnes_agees", "mobilite", "B99", day));
        new TestLake(root).observations(rows);
        return new Lake(root);
    }

    static ObservationRow withGroup(ObservationRow row, String sourceGroup) {
        return new ObservationRow(row.observationId(), sourceGroup, row.contributor(), row.observedOn(), row.period(),
                row.communeCode(), row.epciCode(), row.departementCode(), row.regionCode(),
                row.territoryPrecision(), row.publicCode(), row.needDomain(), row.kind(), row.persons(),
                row.severity(), row.waitingDays(), row.text(), row.formVersion(), row.redactions(),
                row.sourceFile(), row.sourceLine(), row.ingestedAt(), row.batchId());
    }

    static ThemesSummary run(Lake lake) {
        try (Engine engine = new DuckDbEngine()) {
            return new ThemesJob(engine).run(ThemesRequest.of(lake, PeriodRange.all(), "commune"));
        }
    }

    static List<List<Object>> rows(Lake lake, String table) {
        return Datasets.rows(lake.output(ThemesJob.OUTPUT).resolve(table));
    }

    /** The specificities row of a commune, part and theme. */
    static List<Object> specificity(Lake lake, String commune, String part, String theme) {
        return rows(lake, ThemesColumns.SPECIFICITIES).stream()
                .filter(r -> r.get(1).equals(commune) && r.get(4).equals(part) && r.get(6).equals(theme))
                .findFirst().orElseThrow(() -> new AssertionError("no specificity " + commune + " " + part + " "
                        + theme));
    }

    @Test
    void specificitiesAreTheSignedYatesChiSquareOfTheTwoByTwoTable(@TempDir Path root) {
        Lake lake = fixture(root);
        Commune a = Commune.ofDepartement("47").get(0);
        Commune b = Commune.ofDepartement("47").get(1);
        ThemesSummary summary = run(lake);
        assertThat(summary.observations()).isEqualTo(40);
        assertThat(summary.withThemes()).isEqualTo(40);

        // Commune A against the whole selection, theme repit_aidants: k = 6, n = 10, K = 10, N = 40.
        // expected = nK/N = 2.5; |kN - nK| = |240 - 100| = 140; minus N/2: 120;
        // chi2 = N * 120^2 / (n (N-n) K (N-K)) = 40 * 14400 / (10 * 30 * 10 * 30) = 6.4;
        // p = P(chi2(1) >= 6.4) = erfc(sqrt(3.2)) = 0.0114120 (the A&S approximation gives 0.0114121).
        List<Object> repitA = specificity(lake, a.code(), "ensemble", "repit_aidants");
        assertThat(repitA.subList(8, 12)).containsExactly(6L, 10L, 10L, 40L);
        assertThat((Double) repitA.get(12)).isCloseTo(2.5, within(1e-12));
        assertThat((Double) repitA.get(13)).isCloseTo(6.4, within(1e-9));
        assertThat((Double) repitA.get(14)).isCloseTo(0.011412, within(1e-6));
        assertThat(repitA.get(15)).isEqualTo("sur");
        assertThat(repitA.get(16)).isEqualTo(1);
        // Commune B: k = 4, n = 30, K = 10, N = 40: expected 7.5, |160 - 300| = 140, the same chi2, negative: sous.
        List<Object> repitB = specificity(lake, b.code(), "ensemble", "repit_aidants");
        assertThat(repitB.subList(8, 12)).containsExactly(4L, 30L, 10L, 40L);
        assertThat((Double) repitB.get(13)).isCloseTo(-6.4, within(1e-9));
        assertThat(repitB.get(15)).isEqualTo("sous");
        // Professionnels in A against all of A, repit: k = 6, n = 6, K = 6, N = 10: expected 3.6;
        // |60 - 36| - 5 = 19; chi2 = 10 * 361 / (6 * 4 * 6 * 4) = 6.2673611...
        List<Object> professionnels = specificity(lake, a.code(), "professionnels", "repit_aidants");
        assertThat(professionnels.subList(8, 12)).containsExactly(6L, 6L, 6L, 10L);
        assertThat((Double) professionnels.get(13)).isCloseTo(3610.0 / 576.0, within(1e-9));
    }

    @Test
    void themeCountsGiveSharesPerActorGroupAndRank(@TempDir Path root) {
        Lake lake = fixture(root);
        Commune a = Commune.ofDepartement("47").get(0);
        run(lake);
        List<List<Object>> counts = rows(lake, ThemesColumns.THEME_COUNTS).stream()
                .filter(r -> r.get(1).equals(a.code())).toList();
        // level, code, from, to, theme, label, observations, territory_observations, share, 4 groups, groups, rank
        assertThat(counts).extracting(r -> r.get(4)).containsExactlyInAnyOrder("repit_aidants", "transport");
        List<Object> repit = counts.stream().filter(r -> r.get(4).equals("repit_aidants")).findFirst().orElseThrow();
        assertThat(repit).containsExactly("commune", a.code(), "2025", "2025", "repit_aidants", "Répit des aidants",
                6L, 10L, 0.6, 0L, 6L, 0L, 0L, 1, 1);
        List<Object> transport = counts.stream().filter(r -> r.get(4).equals("transport")).findFirst().orElseThrow();
        assertThat(transport.subList(6, 15)).containsExactly(4L, 10L, 0.4, 4L, 0L, 0L, 0L, 1, 2);
    }

    @Test
    void concordanceNeverShowsACellUnderTheDisclosureThreshold(@TempDir Path root) {
        Lake lake = fixture(root);
        Commune a = Commune.ofDepartement("47").get(0);
        Commune b = Commune.ofDepartement("47").get(1);
        run(lake);
        List<List<Object>> lines = rows(lake, ThemesColumns.CONCORDANCE);
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat((Long) line.get(15)).isGreaterThanOrEqualTo(5L));
        // A's répit (6 observations) is shown, at most 5 lines; B's répit (4) and A's transport (4) are not
        assertThat(lines).filteredOn(l -> l.get(1).equals(a.code()) && l.get(5).equals("repit_aidants"))
                .hasSize(5).allSatisfy(l -> {
                    assertThat(l.get(13)).isEqualTo("répit");
                    assertThat(l.get(12)).isEqualTo("Demande de");
                    assertThat(l.get(14)).isEqualTo("pour l'aidante, son mari a besoin d'une présence");
                    assertThat(l.get(16)).isEqualTo(3L);
                });
        assertThat(lines).filteredOn(l -> l.get(1).equals(b.code()) && l.get(5).equals("repit_aidants")).isEmpty();
        assertThat(lines).filteredOn(l -> l.get(1).equals(a.code()) && l.get(5).equals("transport")).isEmpty();
        // lines are the latest observations first
        assertThat(lines).filteredOn(l -> l.get(1).equals(a.code()) && l.get(5).equals("repit_aidants"))
                .extracting(l -> l.get(7)).containsExactlyInAnyOrder("A05", "A04", "A03", "A02", "A01");
    }

    @Test
    void cooccurrencesCountPairsWithinOneObservation(@TempDir Path root) {
        Lake lake = fixture(root);
        Commune b = Commune.ofDepartement("47").get(1);
        run(lake);
        String samedi;
        try (FrenchAnalysis analysis = new FrenchAnalysis()) {
            samedi = analysis.tokens("samedi").get(0).term();
        }
        // In B the transport text has "transport", "samedi", "aller", "marché": 26 observations each, pairs of
        // them seen 26 times (the répit text's pairs, 4 times, are under min_cell): jaccard 1, lift = 26 * 30 / (26 * 26) = 30 / 26.
        List<List<Object>> pairs = rows(lake, ThemesColumns.COOCCURRENCES).stream()
                .filter(r -> r.get(1).equals(b.code()) && r.get(4).equals("term")
                        && (r.get(5).equals(samedi) || r.get(6).equals(samedi))).toList();
        assertThat(pairs).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get(9)).isEqualTo(26L);
            assertThat((Double) r.get(13)).isCloseTo(1.0, within(1e-12));
            assertThat((Double) r.get(14)).isCloseTo(30.0 / 26.0, within(1e-12));
        });
        assertThat(rows(lake, ThemesColumns.COOCCURRENCES))
                .allSatisfy(r -> assertThat((String) r.get(5)).isLessThan((String) r.get(6)));
    }

    /** The contract's columns and types, table by table, as DuckDB describes the Parquet files. */
    static String schema(Lake lake) {
        StringBuilder text = new StringBuilder();
        for (String table : ThemesColumns.TABLES) {
            text.append("## ").append(table).append('\n');
            Datasets.schema(lake.output(ThemesJob.OUTPUT).resolve(table)).forEach(c -> text.append(c).append('\n'));
        }
        return text.toString();
    }

    static String golden() throws Exception {
        try (var in = ThemesJobTest.class.getResourceAsStream("/fr/observatoire/analytics/themes/themes.schema.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesTheContractColumnsAndTypes(@TempDir Path root) throws Exception {
        Lake lake = fixture(root);
        run(lake);
        assertThat(schema(lake)).isEqualTo(golden());
    }

    @Test
    void aLakeWithoutTextWritesEmptyTablesWithTheContractColumns(@TempDir Path root) throws Exception {
        Commune a = Commune.ofDepartement("47").get(0);
        new TestLake(root).observations(List.of(ObservationRow.at("B1", "c", a, "personnes_agees", "isolement", "X1",
                LocalDate.of(2025, 1, 2))));
        Lake lake = new Lake(root);
        ThemesSummary summary = run(lake);
        assertThat(summary.observations()).isZero();
        assertThat(summary.tables().values()).containsOnly(0L);
        assertThat(schema(lake)).isEqualTo(golden());
    }
}
