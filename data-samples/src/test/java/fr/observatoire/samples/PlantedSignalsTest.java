package fr.observatoire.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The territorial signals documented in data-samples/README.md can be found in what the generator writes. */
class PlantedSignalsTest {

    record Obs(String sourceGroup, String commune, String departement, String epci, int year, String target,
               String domain, String kind, Integer waiting) {
    }

    static List<Obs> observations;

    @BeforeAll
    static void generate(@TempDir Path dir) throws IOException {
        Territories territories = Territories.load(Path.of("reference"));
        GenerateResult result = new SampleGenerator(territories).generate(new GenerateRequest(40_000, 99, dir,
                EnumSet.of(SampleFormat.JSONL), 0.0, List.of("59", "13", "47"), 2022, 2025));
        ObjectMapper json = new ObjectMapper();
        observations = new ArrayList<>();
        for (GeneratedFile file : result.files()) {
            for (String line : Files.readAllLines(file.path())) {
                JsonNode n = json.readTree(line);
                String commune = value(n, "commune", "commune_code");
                Commune c = commune.isEmpty() ? null : territories.commune(commune).orElseThrow();
                String group = file.sourceGroup().code();
                String waiting = value(n, "delai_attente_jours", "waiting_days");
                observations.add(new Obs(group, commune,
                        c != null ? c.departement() : value(n, "departement", "departement_code"),
                        c != null ? c.epciCode() : "",
                        Integer.parseInt(value(n, "date_observation", "observed_on").substring(0, 4)),
                        n.get("public").asText(), value(n, "domaine", "need_domain"),
                        value(n, "type_observation", "kind"), waiting.isEmpty() ? null : Integer.parseInt(waiting)));
            }
        }
    }

    private static String value(JsonNode node, String name, String alias) {
        JsonNode v = node.has(name) ? node.get(name) : node.get(alias);
        return v == null ? "" : v.asText();
    }

    @Test
    void respiteForCarersEmergesInValDeGaronneInTheLastYear() {
        Map<Integer, Long> byYear = new HashMap<>();
        for (Obs o : observations) {
            if (RowFactory.EMERGING_EPCI.equals(o.epci()) && o.domain().equals("repit_aidants")
                    && o.kind().equals("besoin_emergent")) {
                byYear.merge(o.year(), 1L, Long::sum);
            }
        }
        long before = byYear.getOrDefault(2024, 0L) + byYear.getOrDefault(2023, 0L);
        assertThat(byYear.getOrDefault(2025, 0L)).isGreaterThan(5 * Math.max(1, before));
    }

    @Test
    void youngAdultsLeavingCareWithoutHousingAreReportedByFourActorGroupsOnlyInBouchesDuRhone() {
        Map<String, Set<String>> groups = new HashMap<>();
        for (Obs o : observations) {
            if (o.target().equals("jeunes_majeurs") && o.domain().equals("logement")) {
                String actor = switch (o.sourceGroup()) {
                    case "usager", "habitant" -> "usagers_habitants";
                    default -> o.sourceGroup();
                };
                groups.computeIfAbsent(o.departement(), k -> new HashSet<>()).add(actor);
            }
        }
        assertThat(groups.get("13")).hasSize(4);
        assertThat(groups.get("59")).hasSizeLessThan(3);
        assertThat(groups.get("47")).hasSizeLessThan(3);
    }

    @Test
    void waitingForAnImePlaceIsLongerInTheNord() {
        Map<String, List<Integer>> waits = new HashMap<>();
        for (Obs o : observations) {
            if (o.target().equals("enfants_handicapes") && o.domain().equals("hebergement") && o.waiting() != null) {
                waits.computeIfAbsent(o.departement(), k -> new ArrayList<>()).add(o.waiting());
            }
        }
        double nord = median(waits.get("59"));
        double others = median(new ArrayList<>() {{
            addAll(waits.get("13"));
            addAll(waits.get("47"));
        }});
        assertThat(nord).isGreaterThan(1.8 * others);
    }

    private static double median(List<Integer> values) {
        List<Integer> sorted = new ArrayList<>(values);
        sorted.sort(Integer::compare);
        return sorted.get(sorted.size() / 2);
    }
}
