package fr.observatoire.reference;

import fr.observatoire.lake.Lake;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static fr.observatoire.reference.ReferenceFixtures.shippedReference;
import static org.assertj.core.api.Assertions.assertThat;

/** Lookups on the shipped COG 2026, loaded from the CSV files and from the lake; both must agree. */
class TerritoriesTest {

    @TempDir
    static Path lakeRoot;

    static Territories fromCsv;
    static Territories fromLake;

    @BeforeAll
    static void load() {
        Path reference = shippedReference();
        fromCsv = Territories.fromCsv(reference.resolve("communes_2026.csv"), reference.resolve("codes_postaux_2026.csv"),
                reference.resolve("departements_2026.csv"));
        Lake lake = new Lake(lakeRoot);
        ReferenceImportRequest all = ReferenceImportRequest.defaults(lake, reference);
        new ReferenceImport(Clock.systemUTC()).run(new ReferenceImportRequest(lake, all.communes(), all.postalCodes(),
                null, all.departements(), null, List.of(), List.of(), List.of(), null, null));
        fromLake = Territories.load(lake);
    }

    static List<String> codes(List<Commune> communes) {
        return communes.stream().map(Commune::code).sorted().toList();
    }

    @Test
    void loadsEveryCommuneFromCsvAndFromTheLakeAlike() {
        assertThat(fromCsv.communeCount()).isEqualTo(34969);
        assertThat(fromLake.communeCount()).isEqualTo(34969);
        for (String code : List.of("2A004", "2B033", "01001", "75056", "97101", "98735", "47001")) {
            assertThat(fromLake.commune(code)).as(code).isEqualTo(fromCsv.commune(code)).isPresent();
        }
    }

    @Test
    void findsACommuneByExactCode() {
        Commune ajaccio = fromLake.commune("2A004").orElseThrow();
        assertThat(ajaccio).isEqualTo(new Commune("2A004", "Ajaccio", "2A", "94", "242010056",
                ajaccio.population(), List.of("20000", "20090", "20167")));
        assertThat(ajaccio.population()).isPositive();
        assertThat(fromLake.commune("2A999")).isEmpty();
        assertThat(fromLake.commune("20004")).isEmpty();
        assertThat(fromLake.commune(null)).isEmpty();
    }

    @Test
    void resolvesMunicipalArrondissementsToTheirCommune() {
        assertThat(fromLake.commune("75101").orElseThrow().code()).isEqualTo("75056");
        assertThat(fromLake.commune("75120").orElseThrow().code()).isEqualTo("75056");
        assertThat(fromLake.commune("69381").orElseThrow().code()).isEqualTo("69123");
        assertThat(fromLake.commune("69389").orElseThrow().code()).isEqualTo("69123");
        assertThat(fromLake.commune("13201").orElseThrow().code()).isEqualTo("13055");
        assertThat(fromLake.commune("13216").orElseThrow().code()).isEqualTo("13055");
        assertThat(fromLake.commune("75121")).isEmpty();
        assertThat(fromLake.commune("69380")).isEmpty();
        assertThat(fromLake.commune("13217")).isEmpty();
    }

    @Test
    void findsTheCommunesOfAPostalCode() {
        assertThat(codes(fromLake.byPostalCode("47000"))).containsExactly("47001");
        assertThat(codes(fromLake.byPostalCode("75012"))).containsExactly("75056");
        assertThat(codes(fromLake.byPostalCode("69003"))).containsExactly("69123");
        // A postal code shared by several communes, and one whose leading zero a spreadsheet dropped.
        assertThat(fromLake.byPostalCode("01400")).hasSizeGreaterThan(5)
                .extracting(Commune::code).contains("01001");
        assertThat(fromLake.byPostalCode("1400")).isEqualTo(fromLake.byPostalCode("01400"));
        assertThat(fromLake.byPostalCode("99999")).isEmpty();
        assertThat(fromLake.byPostalCode(null)).isEmpty();
    }

    @Test
    void findsCommunesByNameWhateverTheSpelling() {
        for (String spelling : List.of("Saint-Étienne", "saint etienne", "St-Etienne", "ST ETIENNE", "st. étienne")) {
            assertThat(codes(fromLake.byName(spelling))).as(spelling).containsExactly("42218");
        }
        assertThat(codes(fromLake.byName("L'Haÿ-les-Roses"))).containsExactly("94038");
        assertThat(codes(fromLake.byName("hay les roses"))).containsExactly("94038");
        assertThat(codes(fromLake.byName("Le Mans"))).containsExactly("72181");
        assertThat(codes(fromLake.byName("mans"))).containsExactly("72181");
        assertThat(codes(fromLake.byName("Nerac"))).containsExactly("47195");
        assertThat(fromLake.byName("Nowhere-sur-Rien")).isEmpty();
    }

    @Test
    void returnsEveryHomonym() {
        List<Commune> colombes = fromLake.byName("Ste Colombe");
        assertThat(colombes).hasSizeGreaterThan(5)
                .allSatisfy(commune -> assertThat(commune.name()).isEqualTo("Sainte-Colombe"));
        assertThat(colombes).extracting(Commune::departementCode).doesNotHaveDuplicates();
    }

    @Test
    void knowsTheRegionOfEachDepartement() {
        assertThat(fromLake.departementRegion("2A")).contains("94");
        assertThat(fromLake.departementRegion("2B")).contains("94");
        assertThat(fromLake.departementRegion("69")).contains("84");
        assertThat(fromLake.departementRegion("971")).contains("01");
        assertThat(fromLake.departementRegion("20")).isEmpty();
        assertThat(fromLake.isDepartement("47")).isTrue();
        assertThat(fromLake.isDepartement("976")).isTrue();
        assertThat(fromLake.isDepartement("20")).isFalse();
        assertThat(fromLake.isDepartement("69D")).isFalse();
        assertThat(fromLake.isDepartement(null)).isFalse();
    }
}
