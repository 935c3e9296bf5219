package fr.observatoire.analytics.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import fr.observatoire.analytics.duckdb.DuckDbEngine;
import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.fixture.TestLake;
import fr.observatoire.lake.Sql;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityJobTest {

    @Test
    void measuresCompletenessRejectsAndDuplicatesOfEachBatch(@TempDir Path root) throws Exception {
        TestLake lake = QualityFixture.write(root);

        QualitySummary summary = run(lake);

        assertThat(summary.tables()).containsExactly(entry("batches", 7L), entry("reject_reasons", 2L),
                entry("contributors", 4L), entry("territories", 2L), entry("reporting", 3L));
        Map<String, Object> agen = only(table(root, "batches", "batch_id = 'B2025-agen'"));
        // the committed ledger row wins over the earlier failed one: 6 read, 2 rejected
        assertThat(agen).containsEntry("status", "committed").containsEntry("rows_read", 6L)
                .containsEntry("rows_rejected", 2L).containsEntry("observations", 4L)
                .containsEntry("duplicates", 1L);
        assertThat((Double) agen.get("reject_rate")).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(agen).containsEntry("duplicate_rate", 0.25)          // a8 repeats a7
                .containsEntry("completeness_commune", 0.75)            // a6 is departement-precision
                .containsEntry("completeness_persons", 0.5)             // a5, a6
                .containsEntry("completeness_severity", 0.25)           // a5
                .containsEntry("completeness_waiting_days", 0.0)
                .containsEntry("completeness_text", 0.25)
                .containsEntry("completeness_form_version", 0.25);
        assertThat(only(table(root, "batches", "batch_id = 'B2023-udaf'")))
                .containsEntry("duplicates", 0L).containsEntry("reject_rate", 0.0);

        List<Map<String, Object>> reasons = table(root, "reject_reasons", "true ORDER BY code");
        // line 5 has two violations, line 6 one: invalid_date rejects 2 of the 6 rows read, unknown_commune 1
        assertThat(reasons).extracting(r -> r.get("code") + ":" + r.get("rejected_rows"))
                .containsExactly("invalid_date:2", "unknown_commune:1");
        assertThat((Double) reasons.get(0).get("reject_rate")).isCloseTo(2.0 / 6, within(1e-12));
    }

    @Test
    void infersExpectedContributorsFromEarlierPeriodsWithoutAReferenceList(@TempDir Path root) throws Exception {
        TestLake lake = QualityFixture.write(root);

        QualitySummary summary = run(lake);

        Map<String, String> status = statuses(root);
        assertThat(status).containsExactly(entry("caf-47", "a_jour"), entry("ccas-agen", "a_jour"),
                entry("ehpad-nerac", "en_retard"), entry("udaf-47", "silencieux"));
        assertThat(summary.contributors()).containsExactly(entry("a_jour", 2L), entry("en_retard", 1L),
                entry("silencieux", 1L));
        Map<String, Object> agen = only(table(root, "contributors", "contributor = 'ccas-agen'"));
        assertThat(agen).containsEntry("expected", true).containsEntry("batches", 3L)
                .containsEntry("observations", 8L).containsEntry("first_period", "2023")
                .containsEntry("last_period", "2025").containsEntry("days_since_last_batch", 44)
                .containsEntry("rows_read", 10L).containsEntry("reject_rate", 0.2);
        assertThat(only(table(root, "contributors", "contributor = 'caf-47'"))).containsEntry("expected", false);

        // 2023: nobody expected yet; 2024: agen, nerac, udaf expected, two sent; 2025: one of three, caf is new
        assertThat(table(root, "reporting", "true ORDER BY period"))
                .extracting(r -> r.get("period") + ":" + r.get("expected_contributors") + "/"
                        + r.get("received_contributors") + "+" + r.get("new_contributors"))
                .containsExactly("2023:0/0+3", "2024:3/2+0", "2025:3/1+1");
    }

    @Test
    void judgesDeclaredContributorsByTheirExpectedFrequency(@TempDir Path root) throws Exception {
        TestLake lake = QualityFixture.write(root);
        QualityFixture.declareContributors(lake);

        run(lake);

        // as of 2025-07-15: agen (monthly) last sent 44 days ago: late; nerac (yearly) 317 days: up to date;
        // udaf (quarterly) 836 days: silent; caf, not declared, sent in the tested period
        assertThat(statuses(root)).containsExactly(entry("caf-47", "a_jour"), entry("ccas-agen", "en_retard"),
                entry("ehpad-nerac", "a_jour"), entry("udaf-47", "silencieux"));
        assertThat(only(table(root, "contributors", "contributor = 'caf-47'"))).containsEntry("expected", false);
        assertThat(table(root, "reporting", "true ORDER BY period"))
                .extracting(r -> r.get("period") + ":" + r.get("received_contributors") + "/"
                        + r.get("expected_contributors") + "=" + r.get("reporting_rate"))
                .containsExactly("2023:3/3=1.0", "2024:2/3=0.6666666666666666", "2025:1/3=0.3333333333333333");
    }

    @Test
    void summarisesEachDepartementAndRegion(@TempDir Path root) throws Exception {
        run(QualityFixture.write(root));

        List<Map<String, Object>> territories = table(root, "territories", "true ORDER BY level");
        assertThat(territories).extracting(t -> t.get("level") + ":" + t.get("territory_code"))
                .containsExactly("departement:47", "region:75");
        assertThat(territories.get(0)).containsEntry("observations", 14L).containsEntry("contributors", 4L)
                .containsEntry("batches", 7L).containsEntry("duplicates", 1L)
                .containsEntry("days_since_last_observation", 14);
        assertThat((Double) territories.get(0).get("completeness_commune")).isCloseTo(13.0 / 14, within(1e-12));
    }

    private static QualitySummary run(TestLake lake) {
        try (Engine engine = new DuckDbEngine()) {
            return new QualityJob(engine).run(new QualityRequest(lake.lake(), QualityFixture.AS_OF, null));
        }
    }

    private static Map<String, String> statuses(Path root) throws Exception {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (Map<String, Object> row : table(root, "contributors", "true ORDER BY contributor")) {
            statuses.put((String) row.get("contributor"), (String) row.get("status"));
        }
        return statuses;
    }

    private static Map<String, Object> only(List<Map<String, Object>> rows) {
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    /** Rows of {@code <lake>/quality/<table>} matching a condition (test-written SQL, no user input). */
    static List<Map<String, Object>> table(Path root, String table, String where) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet r = duck.createStatement().executeQuery("SELECT * FROM read_parquet("
                     + Sql.literal(root.resolve("quality").resolve(table).resolve("*.parquet")) + ") WHERE " + where)) {
            while (r.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.put(r.getMetaData().getColumnName(i), r.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
