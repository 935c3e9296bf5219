package fr.observatoire.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.analytics.ObservationLake.Obs;
import fr.observatoire.analytics.ReferenceLake.GroupingMember;
import fr.observatoire.analytics.duckdb.DuckDbEngine;
import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.engine.EngineKind;
import fr.observatoire.analytics.spark.LocalSpark;
import fr.observatoire.analytics.spark.SparkEngine;
import fr.observatoire.lake.Lake;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The diagnostic of a small fixture worked out by hand, on both engines, against the real COG 2026 and INSEE
 * population files. All observations concern personnes âgées × maintien à domicile (denominator pop_75_plus)
 * unless said otherwise.
 *
 * <pre>
 * 2025  o1  usager        commune 33063 Bordeaux     persons 10  severity 3  waiting 30
 *       o2  professionnel commune 33281 Mérignac     persons  5  severity 2  waiting 60
 *       o3  financeur     departement 33             persons 20  severity 4
 *       o4  habitant      commune 33063              persons  1              waiting 90
 *       o5  decideur      commune 33063  satisfaction (not a need: ignored)  persons 100
 *       o6  professionnel commune 2A004 Ajaccio      persons  4  severity 1  waiting 10
 *       o7  usager        region 84                  persons  7
 *       o8  decideur      commune 69123 Lyon         persons  3
 *       o9  habitant      commune 17300 La Rochelle  persons  6
 *       o10 professionnel commune 97502 Saint-Pierre (975, no INSEE estimate)  persons 2
 *       o11 professionnel commune 33063  adultes_handicapes × sante_mentale, persons unknown, severity 2
 * 2024  o12 usager        commune 33063              persons  8
 *       o13 professionnel departement 33             persons  4
 * grouping "estuaire" = {33063 Bordeaux, 17300 La Rochelle}: it crosses two départements.
 * </pre>
 */
@ExtendWith(LocalSpark.class)
class DiagnosticsJobTest {

    static final String PA = "personnes_agees";
    static final String MD = "maintien_domicile";
    static final String NEED = "besoin_non_couvert";

    private final SparkSession spark;

    @TempDir
    Path dir;

    DiagnosticsJobTest(SparkSession spark) {
        this.spark = spark;
    }

    Engine open(EngineKind kind) {
        return kind == EngineKind.SPARK ? new SparkEngine(spark) : new DuckDbEngine();
    }

    static Obs commune(String id, String group, String period, String commune, String epci, String dep, String region,
                       Integer persons, Integer severity, Integer waiting) {
        return new Obs(id, group, period, "commune", commune, epci, dep, region, PA, MD, NEED, persons, severity, waiting);
    }

    static Lake smallLake(Path root) throws Exception {
        Lake lake = new Lake(root);
        ReferenceLake.writeCog(lake);
        ReferenceLake.writeGroupings(lake, List.of(
                new GroupingMember("estuaire", "33063", null), new GroupingMember("estuaire", "17300", null)));
        String bm = "243300316";
        ObservationLake.write(lake, "B2025", List.of(
                commune("o1", "usager", "2025", "33063", bm, "33", "75", 10, 3, 30),
                commune("o2", "professionnel", "2025", "33281", bm, "33", "75", 5, 2, 60),
                new Obs("o3", "financeur", "2025", "departement", null, null, "33", "75", PA, MD, NEED, 20, 4, null),
                commune("o4", "habitant", "2025", "33063", bm, "33", "75", 1, null, 90),
                new Obs("o5", "decideur", "2025", "commune", "33063", bm, "33", "75", PA, MD, "satisfaction", 100, 1, 1),
                commune("o6", "professionnel", "2025", "2A004", "242010056", "2A", "94", 4, 1, 10),
                new Obs("o7", "usager", "2025", "region", null, null, null, "84", PA, MD, NEED, 7, null, null),
                commune("o8", "decideur", "2025", "69123", "200046977", "69", "84", 3, null, null),
                commune("o9", "habitant", "2025", "17300", "241700434", "17", "75", 6, null, null),
                commune("o10", "professionnel", "2025", "97502", null, "975", "975", 2, null, null),
                new Obs("o11", "professionnel", "2025", "commune", "33063", bm, "33", "75", "adultes_handicapes",
                        "sante_mentale", "rupture_parcours", null, 2, null)));
        ObservationLake.write(lake, "B2024", List.of(
                commune("o12", "usager", "2024", "33063", bm, "33", "75", 8, null, null),
                new Obs("o13", "professionnel", "2024", "departement", null, null, "33", "75", PA, MD, NEED, 4, null, null)));
        return lake;
    }

    DiagnosticsSummary run(EngineKind kind, Lake lake, PeriodRange periods, String level) {
        try (Engine engine = open(kind)) {
            return new DiagnosticsJob(engine).run(new DiagnosticsRequest(lake, periods, level));
        }
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void computesTheHandWorkedDiagnostic(EngineKind kind) throws Exception {
        Lake lake = smallLake(dir);
        DiagnosticsSummary summary = run(kind, lake, PeriodRange.all(), null);

        // 2025 PA×MD: 6 communes, 4 EPCI (97502 has none), 5 départements, 4 régions, France, 1 grouping zone = 21;
        // 2025 AH×SM (o11): commune, EPCI, département, région, France, grouping = 6;
        // 2024 PA×MD: commune 33063, EPCI, département 33, région 75, France, grouping = 6.
        assertThat(summary.rows()).isEqualTo(33);
        // Shared (≥ 3 actor groups): département 33, région 75 and France in 2025 (usagers/habitants, pros,
        // financeurs); Bordeaux has usager + habitant only, which are one actor group.
        assertThat(summary.sharedFindings()).isEqualTo(3);
        DiagnosticRows rows = DiagnosticRows.read(lake.output("diagnostic"));

        // Département 33, 2025: o1 o2 o3 o4 = 4 observations, 10+5+20+1 = 36 persons; Gironde 75+ in 2025 = 174,416;
        // 36 × 10,000 / 174,416 = 2.06403 → 2.064. Groups: usagers/habitants (o1, o4), pros (o2), financeurs (o3);
        // shares 2/4, 1/4, 0, 1/4. Severity (3+2+4)/3 = 3. Waiting median of 30, 60, 90 = 60.
        // Trend: 2024 = 12 persons / 167,468; (36/174,416) / (12/167,468) − 1 = 1.88049 → 1.8805.
        // Rates 2025 by département: 33 2.0640, 2A 4/21,422 = 1.8672, 17 6/101,534 = 0.5909, 69 3/182,859 = 0.1641,
        // 975 none: ranks 1, 2, 4 (69), and no robust z, only 4 départements having a rate (fewer than 5).
        assertThat(rows.get("departement", "33", "2025", PA, MD)).containsExactly(
                "departement", "33", "Gironde", "2025", PA, MD, 4L, 36L, 174416L, "pop_75_plus", 2025, 2.064,
                3, true, 0.5, 0.25, 0.0, 0.25, 3.0, 60.0, 1.8805, 1, null);
        assertThat(pick(rows.get("departement", "2A", "2025", PA, MD), 2, 11, 21))
                .containsExactly("Corse-du-Sud", 1.8672, 2);
        assertThat(pick(rows.get("departement", "69", "2025", PA, MD), 11, 21, 22))
                .containsExactly(0.1641, 4, null);
        // Saint-Pierre-et-Miquelon has no INSEE estimate: population, rate, rank and z are null, not an error.
        assertThat(pick(rows.get("departement", "975", "2025", PA, MD), 6, 8, 11, 21, 22))
                .containsExactly(1L, null, null, null, null);

        // Bordeaux 2025: o1 o4 = 2 observations, 11 persons; population municipale 267,991 (COG, all ages);
        // 11 × 10,000 / 267,991 = 0.41046 → 0.4105; one actor group; severity 3 (o1 only); waiting median 60;
        // trend 11/8 − 1 = 0.375 (same denominator both years). Commune rates: 97502 2/5,194 = 3.8506,
        // 17300 6/79,851 = 0.7514, 33281 5/78,090 = 0.6403, 2A004 4/76,320 = 0.5241, 33063 0.4105, 69123 3/519,127
        // = 0.0578: Bordeaux ranks 5th. Median (0.6403 + 0.5241)/2 = 0.58220; |deviations| 3.2684 0.1692 0.0581
        // 0.0581 0.1717 0.5244, MAD = (0.1692 + 0.1717)/2 = 0.17045; z = (0.41046 − 0.58220) / (1.4826 × 0.17045) = −0.6795 → −0.680.
        assertThat(rows.get("commune", "33063", "2025", PA, MD)).containsExactly(
                "commune", "33063", "Bordeaux", "2025", PA, MD, 2L, 11L, 267991L, "population_municipale", null,
                0.4105, 1, false, 1.0, 0.0, 0.0, 0.0, 3.0, 60.0, 0.375, 5, -0.68);
        // Bordeaux Métropole: o1 o2 o4 = 16 persons over the sum of its 28 communes' population municipale, 854,334
        // (not the DGCL figure 843,738 of another vintage): 0.18728 → 0.1873.
        assertThat(pick(rows.get("epci", "243300316", "2025", PA, MD), 2, 6, 7, 8, 11))
                .containsExactly("Bordeaux Métropole", 3L, 16L, 854334L, 0.1873);
        // Nouvelle-Aquitaine: o1 o2 o3 o4 o9 = 42 persons / 789,530 (sum of its 12 départements' 75+) = 0.5320.
        assertThat(pick(rows.get("region", "75", "2025", PA, MD), 2, 6, 7, 8, 11, 12, 13))
                .containsExactly("Nouvelle-Aquitaine", 5L, 42L, 789530L, 0.532, 3, true);
        // Auvergne-Rhône-Alpes: o7 (région precision) + o8 (Lyon, 69) = 10 persons / 881,188 = 0.1135; 2 groups.
        assertThat(pick(rows.get("region", "84", "2025", PA, MD), 6, 7, 8, 11, 12, 13))
                .containsExactly(2L, 10L, 881188L, 0.1135, 2, false);
        // France: every 2025 PA×MD need (o5 is satisfaction): 9 observations, 58 persons / 7,307,306 = 0.0794.
        assertThat(pick(rows.get("france", "FR", "2025", PA, MD), 2, 6, 7, 8, 11))
                .containsExactly("France", 9L, 58L, 7307306L, 0.0794);
        // The région-precision o7 counts in no département and no commune: Lyon has o8 only.
        assertThat(pick(rows.get("commune", "69123", "2025", PA, MD), 6, 7))
                .containsExactly(1L, 3L);
        // Grouping estuaire crosses Gironde and Charente-Maritime: o1 o4 o9 = 17 persons / (267,991 + 79,851).
        assertThat(pick(rows.get("grouping:estuaire", "estuaire", "2025", PA, MD), 2, 6, 7, 8, 11))
                .containsExactly("estuaire", 3L, 17L, 347842L, 0.4887);
        // o11: persons unknown, so no rate; denominator of adultes handicapés is 20-59 (Gironde 2025: 888,107).
        assertThat(pick(rows.get("departement", "33", "2025", "adultes_handicapes", "sante_mentale"), 7, 8, 9, 11, 18, 21))
                .containsExactly(null, 888107L, "pop_20_59", null, 2.0, null);
        // The first period has no trend.
        assertThat(rows.get("departement", "33", "2024", PA, MD).get(20)).isNull();
    }

    @Test
    void keepsTheTrendOfASingleSelectedPeriodAndFiltersALevel() throws Exception {
        EngineKind kind = EngineKind.DUCKDB;
        Lake lake = smallLake(dir);
        DiagnosticsSummary summary = run(kind, lake, PeriodRange.single("2025"), "departement");
        DiagnosticRows rows = DiagnosticRows.read(lake.output("diagnostic"));
        // 2025 départements: 33, 2A, 69, 17, 975 for PA×MD and 33 for AH×SM.
        assertThat(summary.rows()).isEqualTo(6);
        assertThat(rows.all()).allMatch(r -> r.get(0).equals("departement") && r.get(3).equals("2025"));
        assertThat(rows.get("departement", "33", "2025", PA, MD).get(20)).isEqualTo(1.8805);
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void writesAnEmptyTableForAPeriodWithoutData(EngineKind kind) throws Exception {
        Lake lake = smallLake(dir);
        DiagnosticsSummary summary = run(kind, lake, PeriodRange.single("2030"), null);
        assertThat(summary.rows()).isZero();
        assertThat(DiagnosticRows.read(lake.output("diagnostic")).all()).isEmpty();
        assertThat(DiagnosticRows.describe(lake.output("diagnostic"))).hasSize(23)
                .startsWith("level VARCHAR", "territory_code VARCHAR");
    }

    @Test
    void rewritingReplacesThePreviousOutput() throws Exception {
        EngineKind kind = EngineKind.DUCKDB;
        Lake lake = smallLake(dir);
        run(kind, lake, PeriodRange.all(), null);
        run(kind, lake, PeriodRange.single("2024"), null);
        assertThat(DiagnosticRows.read(lake.output("diagnostic")).all()).hasSize(6)
                .allMatch(r -> r.get(3).equals("2024"));
    }

    /** The values of a row at the given column positions. */
    static List<Object> pick(List<Object> row, int... columns) {
        return Arrays.stream(columns).mapToObj(row::get).toList();
    }
}
