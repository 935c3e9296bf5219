package fr.observatoire.reference;

import fr.observatoire.lake.Lake;
import fr.observatoire.lake.ReferenceTable;
import fr.observatoire.lake.Sql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static fr.observatoire.reference.ReferenceFixtures.query;
import static fr.observatoire.reference.ReferenceFixtures.shippedReference;
import static fr.observatoire.reference.ReferenceFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

/** One import of every shipped reference file, checked by reading the Parquet back with DuckDB. */
class ReferenceImportTest {

    @TempDir
    static Path lakeRoot;

    static Lake lake;
    static ReferenceImportResult result;

    @BeforeAll
    static void importShippedReference() {
        lake = new Lake(lakeRoot);
        Clock clock = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
        result = new ReferenceImport(clock).run(ReferenceImportRequest.defaults(lake, shippedReference()));
    }

    static String table(ReferenceTable table) {
        return "read_parquet(" + Sql.literal(Lake.glob(lake.reference(table))) + ")";
    }

    static long csvRows(String file) throws IOException {
        try (var lines = Files.lines(shippedReference().resolve(file), StandardCharsets.UTF_8)) {
            return lines.count() - 1;
        }
    }

    @Test
    void importsEveryCurrentCommuneOfCog2026() throws IOException {
        assertThat(single("SELECT count(*) FROM " + table(ReferenceTable.COMMUNES))).isEqualTo("34969");
        assertThat(result.table(ReferenceTable.COMMUNES).orElseThrow().rows()).isEqualTo(csvRows("communes_2026.csv"));
        assertThat(query("SELECT zone, count(*) FROM " + table(ReferenceTable.COMMUNES) + " GROUP BY zone ORDER BY zone"))
                .containsExactly(List.of("com", "94"), List.of("drom", "129"), List.of("metro", "34746"));
    }

    @Test
    void countsEachLevelOfTheHierarchy() throws IOException {
        String communes = table(ReferenceTable.COMMUNES);
        assertThat(single("SELECT count(DISTINCT departement_code) FROM " + communes)).isEqualTo("109");
        assertThat(single("SELECT count(*) FROM " + table(ReferenceTable.DEPARTEMENTS))).isEqualTo("109");
        assertThat(single("SELECT count(*) FROM " + table(ReferenceTable.EPCI)))
                .isEqualTo(String.valueOf(csvRows("epci_2026.csv")));
        assertThat(single("SELECT count(DISTINCT epci_code) FROM " + communes))
                .isEqualTo(single("SELECT count(*) FROM " + table(ReferenceTable.EPCI)));
        assertThat(single("SELECT count(DISTINCT region_code) FROM " + communes + " WHERE zone <> 'com'"))
                .isEqualTo("18");
        // Each commune's EPCI lists it among its members.
        assertThat(single("SELECT count(*) FROM " + communes + " c JOIN " + table(ReferenceTable.EPCI)
                + " e USING (epci_code) WHERE NOT list_contains(string_split(e.member_codes, '|'), c.commune_code)"))
                .isEqualTo("0");
    }

    @Test
    void corsicanCommunesCarryTheirEpciAndRegion() {
        assertThat(query("SELECT commune_name, departement_code, region_code, epci_code FROM "
                + table(ReferenceTable.COMMUNES) + " WHERE commune_code = '2A004'"))
                .containsExactly(List.of("Ajaccio", "2A", "94", "242010056"));
        assertThat(query("SELECT departement_code, count(*), count(epci_code), min(region_code), max(region_code) FROM "
                + table(ReferenceTable.COMMUNES) + " WHERE departement_code IN ('2A', '2B', '20') "
                + "GROUP BY ALL ORDER BY 1"))
                .containsExactly(List.of("2A", "124", "124", "94", "94"), List.of("2B", "236", "236", "94", "94"));
    }

    @Test
    void communesCarryTheirPostalCodes() {
        assertThat(single("SELECT postal_codes FROM " + table(ReferenceTable.COMMUNES)
                + " WHERE commune_code = '47001'")).isEqualTo("47000");
        assertThat(single("SELECT len(string_split(postal_codes, '|')) FROM " + table(ReferenceTable.COMMUNES)
                + " WHERE commune_code = '75056'")).isEqualTo("21");
        // Only the Terres australes et antarctiques (984) have no postal code.
        assertThat(single("SELECT string_agg(DISTINCT departement_code) FROM " + table(ReferenceTable.COMMUNES)
                + " WHERE postal_codes IS NULL")).isEqualTo("984");
    }

    @Test
    void importsInseePopulationForEveryDepartementFrom2015To2025() {
        String population = table(ReferenceTable.POPULATION);
        assertThat(query("SELECT count(*), count(DISTINCT departement_code), min(year), max(year) FROM " + population))
                .containsExactly(List.of("1111", "101", "2015", "2025"));
        assertThat(single("SELECT count(*) FROM " + population + " WHERE departement_code IN ('2A', '2B')"))
                .isEqualTo("22");
        assertThat(single("SELECT count(*) FROM " + population + " WHERE departement_code = '20'")).isEqualTo("0");
        // Every département of the population table is a département of the COG.
        assertThat(single("SELECT count(*) FROM " + population + " p ANTI JOIN " + table(ReferenceTable.DEPARTEMENTS)
                + " d USING (departement_code)")).isEqualTo("0");
        // The age bands add up: 0-19 + 20-59 + 60+ = total.
        assertThat(single("SELECT count(*) FROM " + population
                + " WHERE pop_0_19 + pop_20_59 + pop_60_plus <> pop_totale")).isEqualTo("0");
    }

    @Test
    void readsTheDreesFileWithItsDepartementQuirks() {
        String aide = table(ReferenceTable.AIDE_SOCIALE);
        assertThat(single("SELECT count(*) FROM " + aide + " WHERE departement_code IN ('TOTAL', '69D', '69M')"))
                .isEqualTo("0");
        assertThat(single("SELECT count(*) FROM (SELECT tableau, year, departement_code FROM " + aide
                + " GROUP BY ALL HAVING count(*) > 1)")).isEqualTo("0");
        // 20 only where 2A/2B are not published (from 2018).
        assertThat(single("SELECT min(year) FROM " + aide + " WHERE departement_code = '20'")).isEqualTo("2018");
        assertThat(single("SELECT count(*) FROM " + aide + " a JOIN " + aide + " b USING (tableau, year) "
                + "WHERE a.departement_code = '20' AND b.departement_code IN ('2A', '2B')")).isEqualTo("0");
        assertThat(result.table(ReferenceTable.AIDE_SOCIALE).orElseThrow().notes())
                .contains("TOTAL rows dropped: 2313", "DREES: 20 (Corse, 2018–2020) kept as 20: not split into 2A/2B",
                        "976 (Mayotte) is not in the DREES file")
                .anySatisfy(note -> assertThat(note).startsWith("69D/69M mapped to 69 for joins with INSEE"));
        assertThat(single("SELECT count(*) FROM " + aide + " WHERE title IS NULL")).isEqualTo("0");
    }

    @Test
    void expandsTheShippedGroupingsIntoRealCommunes() {
        String groupings = table(ReferenceTable.GROUPINGS);
        assertThat(single("SELECT count(*) FROM " + groupings + " WHERE grouping = 'Métropole Européenne de Lille'"))
                .isEqualTo(single("SELECT members FROM " + table(ReferenceTable.EPCI) + " WHERE epci_code = '200093201'"));
        // The Lot-et-Garonne zones cover each of its communes exactly once, and nothing else.
        assertThat(query("SELECT count(*), count(DISTINCT commune_code), min(departement_code), max(departement_code) "
                + "FROM " + groupings + " WHERE grouping LIKE 'Schéma Lot-et-Garonne%'"))
                .containsExactly(List.of("319", "319", "47", "47"));
        assertThat(single("SELECT count(*) FROM " + table(ReferenceTable.COMMUNES) + " WHERE departement_code = '47'"))
                .isEqualTo("319");
        assertThat(single("SELECT count(DISTINCT zone) FROM " + groupings)).isEqualTo("4");
    }

    @Test
    void everyTableCarriesItsSourceAndVintage() {
        Set<ReferenceTable> written = result.tables().stream().map(TableReport::table).collect(Collectors.toSet());
        assertThat(written).containsExactlyInAnyOrder(ReferenceTable.COMMUNES, ReferenceTable.EPCI,
                ReferenceTable.DEPARTEMENTS, ReferenceTable.POPULATION, ReferenceTable.GROUPINGS,
                ReferenceTable.AIDE_SOCIALE);
        for (ReferenceTable table : written) {
            assertThat(query("SELECT DISTINCT source, vintage, imported_at FROM " + table(table)))
                    .as(table.directory())
                    .singleElement()
                    .satisfies(row -> {
                        assertThat(row.get(0)).isNotBlank();
                        assertThat(row.get(1)).isNotBlank();
                        assertThat(row.get(2)).startsWith("2026-01-15 10:00:00");
                    });
        }
        assertThat(single("SELECT DISTINCT vintage FROM " + table(ReferenceTable.POPULATION)))
                .contains("2015–2025");
        assertThat(result.table(ReferenceTable.EPCI).orElseThrow().notes())
                .anySatisfy(note -> assertThat(note).contains("never mix"));
    }

    @Test
    void writesEachTableWithTheDocumentedColumnsAndTypes() {
        for (TableReport report : result.tables()) {
            List<ReferenceColumns.Column> documented = switch (report.table()) {
                case COMMUNES -> ReferenceColumns.COMMUNES;
                case EPCI -> ReferenceColumns.EPCI;
                case DEPARTEMENTS -> ReferenceColumns.DEPARTEMENTS;
                case POPULATION -> ReferenceColumns.POPULATION_BANDS;
                case GROUPINGS -> ReferenceColumns.GROUPINGS;
                case SUPPLY -> ReferenceColumns.SUPPLY;
                case AIDE_SOCIALE -> ReferenceColumns.AIDE_SOCIALE;
            };
            assertThat(query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM " + table(report.table()) + ")"))
                    .as(report.table().directory())
                    .containsExactlyElementsOf(documented.stream().map(c -> List.of(c.name(), c.type())).toList());
        }
    }

    @Test
    void leavesNoStagingFilesBehind() throws IOException {
        try (var work = Files.list(lake.work())) {
            assertThat(work).isEmpty();
        }
        try (var files = Files.list(lake.reference(ReferenceTable.COMMUNES))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("communes.parquet");
        }
    }
}
