package fr.observatoire.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.observatoire.analytics.ObservationLake.Obs;
import fr.observatoire.analytics.ReferenceLake.Supply;
import fr.observatoire.analytics.duckdb.DuckDbEngine;
import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.engine.EngineKind;
import fr.observatoire.analytics.spark.LocalSpark;
import fr.observatoire.analytics.spark.SparkEngine;
import fr.observatoire.lake.Lake;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The gap analysis on the real INSEE population estimates. Output columns, in order: 0 level, 1 territory_code,
 * 2 territory_name, 3 public, 4 category, 5 denominator, 6 population_year, 7 places, 8 target_population,
 * 9 places_per_1000, 10 reference_national_median, 11 reference_regional_median, 12 places_to_reference,
 * 13 expressed_need_persons, 14 expressed_need_observations, 15 zone_blanche, 16 priority_rank.
 */
@ExtendWith(LocalSpark.class)
class GapAnalysisJobTest {

    private final SparkSession spark;

    @TempDir
    Path dir;

    GapAnalysisJobTest(SparkSession spark) {
        this.spark = spark;
    }

    Engine open(EngineKind kind) {
        return kind == EngineKind.SPARK ? new SparkEngine(spark) : new DuckDbEngine();
    }

    GapAnalysisSummary run(EngineKind kind, GapAnalysisRequest request) {
        try (Engine engine = open(kind)) {
            return new GapAnalysisJob(engine).run(request);
        }
    }

    /**
     * DREES (Panorama): EHPAD places per 1,000 persons aged 75+ were 71.9 in Seine-Saint-Denis at 31.12.2019 and
     * 98.2 in Gironde at 31.12.2018. With the INSEE estimates at the following 1st January (93: 85,691 in 2020;
     * 33: 143,728 in 2019) the implied places are 71.9 × 85.691 = 6,161 and 98.2 × 143.728 = 14,114; the job
     * must give back the published rates from them to 0.1.
     */
    @Test
    void reproducesPublishedDreesEquipmentRates() throws Exception {
        Lake lake = new Lake(dir);
        ReferenceLake.writeCog(lake);
        ReferenceLake.writeSupply(lake, List.of(
                new Supply("930000001", "EHPAD", "personnes_agees", 6161, null, "93"),
                new Supply("330000001", "EHPAD", "personnes_agees", 14114, null, "33")));
        run(EngineKind.DUCKDB, new GapAnalysisRequest(lake, PeriodRange.all(), "departement", 2020));
        GapRows rows = GapRows.read(lake.output("gaps"));
        List<Object> seineSaintDenis = rows.get("departement", "93", "EHPAD");
        assertThat(seineSaintDenis.subList(5, 9)).containsExactly("pop_75_plus", 2020, 6161L, 85691L);
        assertThat((Double) seineSaintDenis.get(9)).isCloseTo(71.9, within(0.05));

        run(EngineKind.DUCKDB, new GapAnalysisRequest(lake, PeriodRange.all(), "departement", 2019));
        List<Object> gironde = GapRows.read(lake.output("gaps")).get("departement", "33", "EHPAD");
        assertThat(gironde.subList(6, 9)).containsExactly(2019, 14114L, 143728L);
        assertThat((Double) gironde.get(9)).isCloseTo(98.2, within(0.05));
    }

    /**
     * Supply: EHPAD 33 = 1,500 (Bordeaux) + 500 (Mérignac), EHPAD 17 = 1,000, EHPAD 2A = 300, SSIAD 33 = 400 (no
     * commune), ESAT 69 = 800. Covered départements: 33, 17, 2A, 69; every other one has unknown places.
     * Needs 2025: n1 personnes âgées × hébergement in Ajaccio (12 persons: EHPAD, EHPA, résidence autonomie);
     * n2 personnes âgées × maintien à domicile rupture in Ajaccio (5: SSIAD, SAAD); n3 adultes handicapés × travail
     * protégé in département 33 (7: ESAT); n4 an emerging need (not counted); n5 hébergement in 93 (3, not covered).
     */
    static Lake gapsLake(Path root) throws Exception {
        Lake lake = new Lake(root);
        ReferenceLake.writeCog(lake);
        ReferenceLake.writeSupply(lake, List.of(
                new Supply("s1", "EHPAD", "personnes_agees", 1500, "33063", "33"),
                new Supply("s2", "EHPAD", "personnes_agees", 500, "33281", null),
                new Supply("s3", "EHPAD", "personnes_agees", 1000, "17300", "17"),
                new Supply("s4", "EHPAD", "personnes_agees", 300, "2A004", "2A"),
                new Supply("s5", "SSIAD", "personnes_agees", 400, null, "33"),
                new Supply("s6", "ESAT", "adultes_handicapes", 800, "69123", "69")));
        ObservationLake.write(lake, "B1", List.of(
                new Obs("n1", "usager", "2025", "commune", "2A004", "242010056", "2A", "94", "personnes_agees",
                        "hebergement", "besoin_non_couvert", 12, 3, null),
                new Obs("n2", "professionnel", "2025", "commune", "2A004", "242010056", "2A", "94", "personnes_agees",
                        "maintien_domicile", "rupture_parcours", 5, 4, null),
                new Obs("n3", "financeur", "2025", "departement", null, null, "33", "75", "adultes_handicapes",
                        "travail_protege", "difficulte_acces", 7, 2, null),
                new Obs("n4", "professionnel", "2025", "departement", null, null, "33", "75", "personnes_agees",
                        "hebergement", "besoin_emergent", 50, 2, null),
                new Obs("n5", "decideur", "2025", "departement", null, null, "93", "11", "personnes_agees",
                        "hebergement", "besoin_non_couvert", 3, 2, null)));
        return lake;
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void computesTheHandWorkedGaps(EngineKind kind) throws Exception {
        Lake lake = gapsLake(dir);
        GapAnalysisSummary summary = run(kind, new GapAnalysisRequest(lake, PeriodRange.single("2025"), null, null));
        // 101 départements + 18 régions + France, × 25 categories of the crosswalk.
        assertThat(summary.rows()).isEqualTo(120 * 25);
        // Zones blanches (covered, no place, need expressed): départements SSIAD/SAAD/EHPA/résidence autonomie 2A
        // and ESAT 33; the same at régions 94 and 75; France: SAAD, EHPA, résidence autonomie (none anywhere).
        assertThat(summary.zonesBlanches()).isEqualTo(13);
        GapRows rows = GapRows.read(lake.output("gaps"));

        // EHPAD per 1,000 aged 75+ (2025): 33 2,000/174,416 = 11.4668; 17 1,000/101,534 = 9.8489;
        // 2A 300/21,422 = 14.0043; 69 covered but no EHPAD: 0. National median (9.8489 + 11.4668)/2 = 10.6579.
        // 17 misses 10.65788 × 101.534 − 1,000 = 82.1 → 82 places; 69 misses 10.65788 × 182.859 = 1,948.9 → 1,949.
        assertThat(rows.get("departement", "33", "EHPAD")).containsExactly("departement", "33", "Gironde",
                "personnes_agees", "EHPAD", "pop_75_plus", 2025, 2000L, 174416L, 11.47, 10.66, 10.66, 0L, null, 0L,
                false, 4);
        assertThat(rows.get("departement", "17", "EHPAD").subList(7, 17)).containsExactly(
                1000L, 101534L, 9.85, 10.66, 10.66, 82L, null, 0L, false, 2);
        assertThat(rows.get("departement", "69", "EHPAD").subList(7, 17)).containsExactly(
                0L, 182859L, 0.0, 10.66, 0.0, 1949L, null, 0L, false, 1);
        // Ajaccio's need counts for Corse-du-Sud, which has EHPAD places: no zone blanche, rank after 69 and 17.
        assertThat(rows.get("departement", "2A", "EHPAD").subList(7, 17)).containsExactly(
                300L, 21422L, 14.0, 10.66, 14.0, 0L, 12L, 1L, false, 3);
        // Seine-Saint-Denis is not in the registry: places unknown, not a zone blanche, need still reported.
        assertThat(rows.get("departement", "93", "EHPAD").subList(7, 17)).containsExactly(
                null, 101540L, null, 10.66, null, null, 3L, 1L, false, 5);
        // SSIAD in 2A: covered, 0 places, n2 expressed: a zone blanche, first priority. SSIAD rates: 33 400/174.416
        // = 2.29, 17, 2A and 69 none: national median 0, Corse (2A only) 0.
        assertThat(rows.get("departement", "2A", "SSIAD").subList(7, 17)).containsExactly(
                0L, 21422L, 0.0, 0.0, 0.0, 0L, 5L, 1L, true, 1);
        // Nouvelle-Aquitaine sums its covered départements 33 and 17: 3,000 / 275,950 = 10.8715.
        assertThat(rows.get("region", "75", "EHPAD").subList(7, 12)).containsExactly(
                3000L, 275950L, 10.87, 10.66, 10.66);
        // France: 3,300 places / 480,231 (33 + 17 + 2A + 69) = 6.8717; no regional reference.
        assertThat(rows.get("france", "FR", "EHPAD").subList(7, 12)).containsExactly(
                3300L, 480231L, 6.87, 10.66, null);
        // The emerging need n4 does not count: département 33 has no EHPAD need (see above) and ESAT 33 has n3.
        assertThat(rows.get("departement", "33", "ESAT").subList(13, 16)).containsExactly(7L, 1L, true);

        // Dispersion of EHPAD rates over the 4 covered départements: mean 8.830, population sd 5.309, CV 0.6012.
        List<List<Object>> dispersion = GapRows.read(lake.output("gaps_dispersion")).all();
        assertThat(dispersion.stream().filter(r -> r.get(0).equals("EHPAD")).findFirst().orElseThrow())
                .containsExactly("EHPAD", "personnes_agees", "pop_75_plus", 2025, 4, 8.83, 5.309, 0.6012);
    }

    @Test
    void refusesALevelWithoutAgeBands() {
        assertThatThrownBy(() -> new GapAnalysisRequest(new Lake(dir), PeriodRange.all(), "commune", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("departement, region and france");
    }
}
