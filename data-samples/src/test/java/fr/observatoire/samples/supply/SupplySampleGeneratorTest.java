package fr.observatoire.samples.supply;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.samples.Commune;
import fr.observatoire.samples.Territories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupplySampleGeneratorTest {

    static final Path REFERENCE = Path.of("reference");
    static Territories territories;
    static final List<String> THREE = List.of("59", "13", "47");

    @BeforeAll
    static void load() {
        territories = Territories.load(REFERENCE);
    }

    private static SupplyResult generate(Path dir) {
        return new SupplySampleGenerator(territories, REFERENCE)
                .generate(new SupplyRequest(5, dir, THREE, LocalDate.of(2025, 12, 31), 2025));
    }

    @Test
    void writesTheFinessExtractLayoutInLatin1(@TempDir Path dir) throws IOException {
        SupplyResult result = generate(dir);
        byte[] bytes = Files.readAllBytes(result.establishmentsFile());
        String content = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> lines = content.lines().toList();

        assertThat(lines.get(0)).matches("finess;etalab;\\d+;2025-12-31");
        List<String[]> structures = lines.stream().filter(l -> l.startsWith("structureet;"))
                .map(l -> l.split(";", -1)).toList();
        List<String[]> geolocations = lines.stream().filter(l -> l.startsWith("geolocalisation;"))
                .map(l -> l.split(";", -1)).toList();
        assertThat(lines).hasSize(1 + structures.size() + geolocations.size());
        assertThat(structures).allSatisfy(f -> assertThat(f).hasSize(32));
        assertThat(geolocations).hasSameSizeAs(structures).allSatisfy(f -> {
            assertThat(f).hasSize(6);
            assertThat(Double.parseDouble(f[2])).isBetween(100_000.0, 1_300_000.0);
            assertThat(Double.parseDouble(f[3])).isBetween(6_000_000.0, 7_200_000.0);
            assertThat(f[4]).contains("EPSG:2154");
        });
        assertThat(content).contains("Etablissement d'hébergement pour personnes âgées dépendantes");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("Ã");
        Set<String> categories = new HashSet<>();
        for (String[] f : structures) {
            assertThat(f[1]).matches("\\d{9}");
            assertThat(SupplySampleGenerator.luhn(f[1].substring(0, 8))).isEqualTo(f[1].charAt(8) - '0');
            String code = f[13] + f[12];
            assertThat(territories.isCommune(code)).as("commune %s", code).isTrue();
            categories.add(f[18]);
        }
        assertThat(categories).containsExactlyInAnyOrder("500", "354", "183", "182", "255", "437", "246", "446",
                "445", "258");
    }

    @Test
    void equipmentRatesAreThePlantedOnesWithAZoneBlanche(@TempDir Path dir) throws IOException {
        SupplyResult result = generate(dir);
        Map<String, Long> places = new HashMap<>();
        Map<String, String> categoryOf = new HashMap<>();
        Set<String> ssiadCommunes = new HashSet<>();
        for (String line : Files.readAllLines(result.establishmentsFile(), StandardCharsets.ISO_8859_1)) {
            String[] f = line.split(";", -1);
            if (f[0].equals("structureet")) {
                categoryOf.put(f[1], f[13] + "/" + f[18]);
                if (f[18].equals("354")) {
                    ssiadCommunes.add(f[13] + f[12]);
                }
            }
        }
        List<String> capacities = Files.readAllLines(result.capacitiesFile(), StandardCharsets.ISO_8859_1);
        assertThat(capacities.get(0)).isEqualTo("finess;places");
        for (String line : capacities.subList(1, capacities.size())) {
            String[] f = line.split(";");
            places.merge(categoryOf.get(f[0]), Long.parseLong(f[1]), Long::sum);
        }
        assertThat(capacities).hasSize(categoryOf.size() + 1 - result.withoutCapacity().size());
        assertThat(result.withoutCapacity()).hasSize(3).allSatisfy(f -> assertThat(categoryOf.get(f)).endsWith("/445"));

        // EHPAD places per 1,000 persons aged 75+ (INSEE 2025): Bouches-du-Rhône is the under-equipped one.
        Map<String, Double> perThousand = Map.of(
                "59", places.get("59/500") * 1000.0 / 232_419,
                "13", places.get("13/500") * 1000.0 / 236_981,
                "47", places.get("47/500") * 1000.0 / 47_766);
        assertThat(perThousand.get("59")).isBetween(90.0, 105.0);
        assertThat(perThousand.get("13")).isBetween(70.0, 82.0);
        assertThat(perThousand.get("47")).isBetween(105.0, 120.0);
        assertThat(perThousand.get("13")).isLessThan(perThousand.get("59")).isLessThan(perThousand.get("47"));

        List<String> zone = territories.communes(List.of("47")).stream()
                .filter(c -> SupplySampleGenerator.ZONE_BLANCHE_EPCI.equals(c.epciCode()))
                .map(Commune::code).toList();
        assertThat(zone).hasSizeGreaterThan(30);
        assertThat(ssiadCommunes).isNotEmpty().doesNotContainAnyElementsOf(zone);
    }

    @Test
    void habitatInclusifIsInThePlainLayout(@TempDir Path dir) throws IOException {
        SupplyResult result = generate(dir);
        List<String> lines = Files.readAllLines(result.plainFile(), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(
                "establishment_id;name;category_code;category;public;places;commune_code;departement_code");
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allSatisfy(line -> {
            String[] f = line.split(";", -1);
            assertThat(f).hasSize(8);
            assertThat(f[3]).isEqualTo("HABITAT_INCLUSIF");
            assertThat(territories.isCommune(f[6])).isTrue();
            assertThat(f[6]).startsWith(f[7]);
        });
    }

    @Test
    void lambert93ProjectsKnownPoints() {
        // Paris Notre-Dame (2.3499 E, 48.8530 N) is about (652 470, 6 861 970) in Lambert-93.
        double[] paris = Lambert93.project(2.3499, 48.8530);
        assertThat(paris[0]).isBetween(652_000.0, 653_000.0);
        assertThat(paris[1]).isBetween(6_861_500.0, 6_862_500.0);
        // The projection origin 3 E, 46.5 N is (700 000, 6 600 000).
        double[] origin = Lambert93.project(3.0, 46.5);
        assertThat(origin[0]).isCloseTo(700_000.0, org.assertj.core.api.Assertions.within(0.01));
        assertThat(origin[1]).isCloseTo(6_600_000.0, org.assertj.core.api.Assertions.within(0.01));
    }
}
