package fr.observatoire.reference;

import fr.observatoire.lake.Lake;
import fr.observatoire.lake.ReferenceTable;
import fr.observatoire.lake.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import static fr.observatoire.reference.ReferenceFixtures.query;
import static fr.observatoire.reference.ReferenceFixtures.shippedReference;
import static fr.observatoire.reference.ReferenceFixtures.testResource;
import static org.assertj.core.api.Assertions.assertThat;

/** The supply registry through the whole import, read back from Parquet with DuckDB. */
class SupplyImportTest {

    @Test
    void writesTheSupplyTableWithTypedColumnsAndTheFinessVintage(@TempDir Path root) {
        Lake lake = new Lake(root);
        Path reference = shippedReference();
        ReferenceImportResult result = new ReferenceImport(Clock.systemUTC()).run(new ReferenceImportRequest(lake,
                reference.resolve("communes_2026.csv"), null, null, null, null, List.of(),
                List.of(testResource("finess_etablissements_extract.csv"), testResource("supply_plain_utf8.csv")),
                List.of(testResource("finess_equipements_extract.csv"), testResource("capacities.csv")), null, null));

        String supply = "read_parquet(" + Sql.literal(Lake.glob(lake.reference(ReferenceTable.SUPPLY))) + ")";
        assertThat(query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM " + supply + ")"))
                .contains(List.of("places", "INTEGER"), List.of("x_lambert93", "DOUBLE"),
                        List.of("imported_at", "TIMESTAMP"), List.of("category", "VARCHAR"));
        assertThat(query("SELECT category, sum(places), count(*) FROM " + supply
                + " WHERE departement_code = '47' GROUP BY ALL ORDER BY 1")).containsExactly(
                Arrays.asList("EHPAD", "92", "2"), Arrays.asList("HABITAT_INCLUSIF", "8", "1"),
                Arrays.asList("IME", null, "1"), Arrays.asList("OTHER", null, "1"),
                Arrays.asList("RESIDENCE_ACCUEIL", "25", "1"), Arrays.asList("SAMSAH", null, "1"),
                Arrays.asList("SAVS", "30", "1"));
        assertThat(query("SELECT DISTINCT vintage FROM " + supply)).containsExactly(List.of("FINESS extract of 2026-05-12"));
        assertThat(result.table(ReferenceTable.SUPPLY).orElseThrow().notes())
                .contains("establishments without capacity: 9 of 13");
    }
}
