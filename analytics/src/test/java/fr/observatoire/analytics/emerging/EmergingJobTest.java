package fr.observatoire.analytics.emerging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.observatoire.analytics.duckdb.DuckDbEngine;
import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.fixture.Commune;
import fr.observatoire.analytics.fixture.ObservationRow;
import fr.observatoire.analytics.fixture.TestLake;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmergingJobTest {

    private static final List<Commune> LOT_ET_GARONNE = Commune.ofDepartement("47");

    @Test
    void flagsFewerThanAlphaOfTheCellsWhenRatesAreConstant(@TempDir Path root) throws Exception {
        // 150 real communes x 2 publics x 3 domains = 900 commune cells, each with a constant Poisson rate drawn
        // in [1, 12] for all five years; with their EPCI, departement, region and France aggregates every cell is
        // a true null hypothesis, so every flag is a false positive.
        TestLake lake = new TestLake(root).observations(
                new SeededNeeds(LOT_ET_GARONNE.subList(0, 150), 20251123L, 1.0, 12.0).rows());

        EmergingSummary summary = run(lake, EmergingRequest.of(lake.lake(), null));

        assertThat(summary.period()).isEqualTo("2025");
        assertThat(summary.baselinePeriods()).isEqualTo(3);
        assertThat(summary.cells()).isGreaterThan(900);
        double falsePositiveRate = (double) summary.flagged() / summary.cells();
        assertThat(falsePositiveRate).as("%s flagged of %s null cells", summary.flagged(), summary.cells())
                .isLessThan(EmergingRequest.DEFAULT_ALPHA);
        assertThat(flaggedCells(root, "commune").size()).isLessThan((int) (900 * EmergingRequest.DEFAULT_ALPHA));
    }

    @Test
    void findsPlantedRisesAndNewNeedsAmongNoise(@TempDir Path root) throws Exception {
        // Rises the test detects with a power above 0.99 at these rates (simulated: rate 10 x4, 5 x6, 8 x4),
        // in the same noise as above.
        SeededNeeds needs = new SeededNeeds(LOT_ET_GARONNE.subList(0, 150), 7L, 1.0, 12.0)
                .rise(new SeededNeeds.Rise(3, "personnes_agees", "isolement", 10.0, 4.0))
                .rise(new SeededNeeds.Rise(40, "adultes_handicapes", "mobilite", 5.0, 6.0))
                .rise(new SeededNeeds.Rise(77, "personnes_agees", "maintien_domicile", 8.0, 4.0))
                .newcomer(new SeededNeeds.Newcomer(12, "adultes_handicapes", "repit_aidants", 7));
        TestLake lake = new TestLake(root).observations(needs.rows());

        EmergingSummary summary = run(lake, EmergingRequest.of(lake.lake(), "2025"));

        List<String> communeCells = flaggedCells(root, "commune");
        assertThat(communeCells).contains(
                cell(needs, 3, "personnes_agees", "isolement", "en_hausse"),
                cell(needs, 40, "adultes_handicapes", "mobilite", "en_hausse"),
                cell(needs, 77, "personnes_agees", "maintien_domicile", "en_hausse"),
                cell(needs, 12, "adultes_handicapes", "repit_aidants", "nouveau"));
        assertThat(summary.nouveaux()).isGreaterThanOrEqualTo(1);
        // the new need also shows at its departement, which never had it before
        assertThat(flaggedCells(root, "departement")).contains("47|adultes_handicapes|repit_aidants|nouveau");
    }

    @Test
    void computesTheConditionalBinomialTestOfAHandMadeCell(@TempDir Path root) throws Exception {
        // Agen (47001): 1 observation a year in 2022, 2023, 2024 and 9 in 2025. Given n = 12, under "no change"
        // the 2025 count is Binomial(12, 1/4): p = P(X >= 9) = 0.000392..., ratio = 9 / (3 / 3) = 9.
        // One departement-precision row in 2025 counts for the departement only, never for a commune.
        Commune agen = LOT_ET_GARONNE.get(0);
        List<ObservationRow> rows = new ArrayList<>();
        int id = 0;
        for (int year = 2022; year <= 2024; year++) {
            rows.add(ObservationRow.at("B" + year, "ccas-agen", agen, "aidants", "repit_aidants", "o" + ++id,
                    LocalDate.of(year, 3, 1)));
        }
        for (int k = 0; k < 9; k++) {
            rows.add(ObservationRow.at("B2025", "ccas-agen", agen, "aidants", "repit_aidants", "o" + ++id,
                    LocalDate.of(2025, 3, 1 + k)));
        }
        rows.add(ObservationRow.at("B2025", "ccas-agen", agen, "aidants", "repit_aidants", "o" + ++id,
                LocalDate.of(2025, 4, 1)).atDepartementPrecision());
        for (int k = 0; k < 6; k++) { // satisfaction is not a need: never counted
            rows.add(ObservationRow.at("B2025", "ccas-agen", agen, "aidants", "repit_aidants", "o" + ++id,
                    LocalDate.of(2025, 5, 1 + k)).withKind("satisfaction"));
        }
        TestLake lake = new TestLake(root).observations(rows);

        run(lake, EmergingRequest.of(lake.lake(), null));

        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet r = duck.createStatement().executeQuery("SELECT level, territory_code, observations, "
                     + "baseline_periods, baseline_observations, baseline_mean, ratio, p_value, status, rank FROM "
                     + "read_parquet(" + fr.observatoire.lake.Sql.literal(root.resolve("emerging").resolve("*.parquet"))
                     + ") WHERE level IN ('commune', 'departement') ORDER BY level")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString("level")).isEqualTo("commune");
            assertThat(r.getString("territory_code")).isEqualTo("47001");
            assertThat(r.getLong("observations")).isEqualTo(9);
            assertThat(r.getInt("baseline_periods")).isEqualTo(3);
            assertThat(r.getLong("baseline_observations")).isEqualTo(3);
            assertThat(r.getDouble("baseline_mean")).isEqualTo(1.0);
            assertThat(r.getDouble("ratio")).isEqualTo(9.0);
            double exact = binomialUpperTail(12, 9, 4);
            assertThat(exact).isCloseTo(0.000392, within(0.000001));
            assertThat(r.getDouble("p_value")).isCloseTo(exact, within(exact * 0.15));
            assertThat(r.getString("status")).isEqualTo("en_hausse");
            assertThat(r.getInt("rank")).isEqualTo(1);
            assertThat(r.next()).isTrue();
            assertThat(r.getString("level")).isEqualTo("departement");
            assertThat(r.getLong("observations")).isEqualTo(10);
        }
    }

    @Test
    void writesAnEmptyOutputWhenTheLakeHasNoEarlierPeriod(@TempDir Path root) throws Exception {
        Commune agen = LOT_ET_GARONNE.get(0);
        List<ObservationRow> rows = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            rows.add(ObservationRow.at("B2025", "ccas-agen", agen, "aidants", "repit_aidants", "o" + k,
                    LocalDate.of(2025, 3, 1 + k)));
        }
        TestLake lake = new TestLake(root).observations(rows);

        EmergingSummary summary = run(lake, EmergingRequest.of(lake.lake(), null));

        assertThat(summary.baselinePeriods()).isZero();
        assertThat(summary.flagged()).isZero();
        assertThat(flaggedCells(root, "commune")).isEmpty();
    }

    private static EmergingSummary run(TestLake lake, EmergingRequest request) {
        try (Engine engine = new DuckDbEngine()) {
            return new EmergingJob(engine).run(request);
        }
    }

    private static String cell(SeededNeeds needs, int commune, String publicCode, String domain, String status) {
        return needs.communes().get(commune).code() + "|" + publicCode + "|" + domain + "|" + status;
    }

    private static List<String> flaggedCells(Path root, String level) throws Exception {
        List<String> cells = new ArrayList<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             var statement = duck.prepareStatement("SELECT territory_code || '|' || public || '|' || need_domain || '|' "
                     + "|| status FROM read_parquet(" + fr.observatoire.lake.Sql.literal(
                             root.resolve("emerging").resolve("*.parquet")) + ") WHERE level = ? ORDER BY rank")) {
            statement.setString(1, level);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    cells.add(r.getString(1));
                }
            }
        }
        return cells;
    }

    /** P(X >= k) for X ~ Binomial(n, 1/m), exactly. */
    static double binomialUpperTail(int n, int k, int m) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal denominator = new BigDecimal(BigInteger.valueOf(m).pow(n));
        for (int i = k; i <= n; i++) {
            BigInteger ways = binomial(n, i).multiply(BigInteger.valueOf(m - 1).pow(n - i));
            total = total.add(new BigDecimal(ways).divide(denominator, MathContext.DECIMAL64));
        }
        return total.doubleValue();
    }

    private static BigInteger binomial(int n, int k) {
        BigInteger result = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return result;
    }
}
