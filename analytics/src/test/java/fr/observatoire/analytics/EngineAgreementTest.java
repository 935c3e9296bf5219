package fr.observatoire.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.analytics.ObservationLake.Obs;
import fr.observatoire.analytics.ReferenceLake.GroupingMember;
import fr.observatoire.analytics.ReferenceLake.Supply;
import fr.observatoire.analytics.duckdb.DuckDbEngine;
import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.spark.LocalSpark;
import fr.observatoire.analytics.spark.SparkEngine;
import fr.observatoire.lake.Lake;
import fr.observatoire.lake.ReferenceTable;
import fr.observatoire.lake.Sql;
import fr.observatoire.vocabulary.NeedDomain;
import fr.observatoire.vocabulary.ObservationKind;
import fr.observatoire.vocabulary.Public;
import fr.observatoire.vocabulary.SourceGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark and DuckDB run the same steps on a larger seeded lake (real COG communes of ten départements including
 * 2A, 2B, 69 and an overseas one; 4,000 observations over three periods at every precision; a grouping whose zones
 * cross départements; a partial supply registry) and must write the same rows, values (doubles to 1e-9) and types.
 */
@ExtendWith(LocalSpark.class)
class EngineAgreementTest {

    static final long SEED = 20261123L;
    static final List<String> DEPARTEMENTS = List.of("2A", "2B", "69", "13", "33", "59", "62", "75", "93", "971");

    @TempDir
    Path dir;

    Lake lake;

    void writeSeededLake() throws Exception {
        lake = new Lake(dir.resolve("lake"));
        ReferenceLake.writeCog(lake);
        List<String[]> communes = communes();
        Random random = new Random(SEED);
        List<GroupingMember> members = new ArrayList<>();
        for (String[] commune : communes) {
            if (commune[2].equals("59") || commune[2].equals("62")) {
                if (random.nextInt(4) == 0) {
                    members.add(new GroupingMember("hauts", commune[0], random.nextBoolean() ? "littoral" : "bassin_minier"));
                }
            }
        }
        members.add(new GroupingMember("ile", "75056", null));
        members.add(new GroupingMember("ile", "93008", null));
        ReferenceLake.writeGroupings(lake, members);
        List<Supply> supply = new ArrayList<>();
        String[] categories = {"EHPAD", "SSIAD", "IME", "SESSAD", "MAS", "FAM", "ESAT", "SAVS", "SAMSAH", "RESIDENCE_ACCUEIL"};
        for (int i = 0; i < 300; i++) {
            String[] commune = communes.get(random.nextInt(communes.size()));
            if (commune[2].equals("93")) {
                continue; // one département without registry rows
            }
            supply.add(new Supply("E" + i, categories[random.nextInt(categories.length)], null, 10 + random.nextInt(120),
                    commune[0], random.nextInt(5) == 0 ? null : commune[2]));
        }
        ReferenceLake.writeSupply(lake, supply);
        SourceGroup[] groups = SourceGroup.values();
        Public[] publics = {Public.PERSONNES_AGEES, Public.ADULTES_HANDICAPES, Public.ENFANTS_HANDICAPES, Public.AIDANTS};
        NeedDomain[] domains = {NeedDomain.HEBERGEMENT, NeedDomain.MAINTIEN_DOMICILE, NeedDomain.ACCOMPAGNEMENT_MEDICO_SOCIAL,
                NeedDomain.REPIT_AIDANTS, NeedDomain.SANTE_MENTALE};
        ObservationKind[] kinds = ObservationKind.values();
        for (String period : List.of("2023", "2024", "2025")) {
            List<Obs> rows = new ArrayList<>();
            for (int i = 0; i < 1333; i++) {
                String[] c = communes.get(random.nextInt(communes.size()));
                int precision = random.nextInt(10);
                String level = precision < 7 ? "commune" : precision < 8 ? "epci" : precision < 9 ? "departement" : "region";
                boolean commune = level.equals("commune");
                rows.add(new Obs(period + "-" + i, groups[random.nextInt(groups.length)].code(), period, level,
                        commune ? c[0] : null, level.equals("departement") || level.equals("region") ? null : c[1],
                        level.equals("region") ? null : c[2], c[3],
                        publics[random.nextInt(publics.length)].code(), domains[random.nextInt(domains.length)].code(),
                        kinds[random.nextInt(kinds.length)].code(),
                        random.nextInt(6) == 0 ? null : 1 + random.nextInt(40),
                        random.nextInt(4) == 0 ? null : 1 + random.nextInt(4),
                        random.nextInt(3) == 0 ? null : random.nextInt(400)));
            }
            ObservationLake.write(lake, "B" + period, rows);
        }
    }

    /** commune_code, epci_code, departement_code, region_code of the chosen départements, in code order. */
    List<String[]> communes() throws Exception {
        List<String[]> communes = new ArrayList<>();
        String in = String.join(", ", DEPARTEMENTS.stream().map(Sql::literal).toList());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT commune_code, epci_code, departement_code, region_code FROM read_parquet("
                     + Sql.literal(Lake.glob(lake.reference(ReferenceTable.COMMUNES))) + ") WHERE departement_code IN ("
                     + in + ") AND epci_code IS NOT NULL ORDER BY commune_code")) {
            while (rs.next()) {
                communes.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        return communes;
    }

    @Test
    void bothEnginesWriteTheSameDiagnosticAndGaps(SparkSession spark) throws Exception {
        writeSeededLake();
        Path sparkOut = dir.resolve("spark");
        Path duckOut = dir.resolve("duckdb");
        try (Engine engine = new SparkEngine(spark)) {
            runAll(engine, sparkOut);
        }
        try (Engine engine = new DuckDbEngine()) {
            runAll(engine, duckOut);
        }
        for (String output : List.of("diagnostic", "gaps", "gaps_dispersion")) {
            List<List<Object>> expected = DiagnosticRows.read(duckOut.resolve(output)).all();
            List<List<Object>> actual = DiagnosticRows.read(sparkOut.resolve(output)).all();
            assertThat(DiagnosticRows.describe(sparkOut.resolve(output)))
                    .as(output + " schema").isEqualTo(DiagnosticRows.describe(duckOut.resolve(output)));
            assertThat(actual).as(output + " rows").hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertSameRow(output, expected.get(i), actual.get(i));
            }
        }
        List<List<Object>> diagnostic = DiagnosticRows.read(duckOut.resolve("diagnostic")).all();
        assertThat(diagnostic).hasSizeGreaterThan(3000);
        assertThat(diagnostic.stream().map(r -> (String) r.get(0)).distinct())
                .contains("commune", "epci", "departement", "region", "france", "grouping:hauts", "grouping:ile");
        assertThat(diagnostic).anyMatch(r -> Boolean.TRUE.equals(r.get(13)));
        assertThat(diagnostic).anyMatch(r -> r.get(20) != null && r.get(22) != null);
    }

    void runAll(Engine engine, Path out) throws Exception {
        new DiagnosticsJob(engine).run(DiagnosticsRequest.of(lake));
        new GapAnalysisJob(engine).run(new GapAnalysisRequest(lake, PeriodRange.single("2025"), null, null));
        Files.createDirectories(out);
        for (String output : List.of("diagnostic", "gaps", "gaps_dispersion")) {
            try (Stream<Path> files = Files.list(lake.output(output))) {
                Files.createDirectories(out.resolve(output));
                for (Path file : files.toList()) {
                    Files.copy(file, out.resolve(output).resolve(file.getFileName()));
                }
            }
        }
    }

    static void assertSameRow(String output, List<Object> expected, List<Object> actual) {
        assertThat(actual).as(output + " row " + expected).hasSameSizeAs(expected);
        for (int c = 0; c < expected.size(); c++) {
            Object e = expected.get(c);
            Object a = actual.get(c);
            if (e instanceof Double ed && a instanceof Double ad) {
                assertThat(ad).as(output + " column " + c + " of " + expected).isCloseTo(ed, org.assertj.core.api.Assertions.within(1e-9));
            } else {
                assertThat(a).as(output + " column " + c + " of " + expected).isEqualTo(e);
            }
        }
    }
}
