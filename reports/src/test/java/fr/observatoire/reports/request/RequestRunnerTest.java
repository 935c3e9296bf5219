package fr.observatoire.reports.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.observatoire.error.InvalidInputException;
import fr.observatoire.reports.ReportGenerator;
import fr.observatoire.reports.fixture.LakeFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestRunnerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private static final String REQUESTER = "requester: {organisation: \"Conseil départemental de Lot-et-Garonne\", departement: \"47\"}\n";

    private Path lake;
    private RequestRunner runner;

    @BeforeAll
    void writeLake(@TempDir Path shared) {
        lake = LakeFixture.write(shared.resolve("lake"), "requests");
        runner = new RequestRunner(CLOCK, new ReportGenerator(CLOCK));
    }

    @Test
    void aGoodRequestProducesTheDatedBundleAndALogEntry(@TempDir Path out) throws IOException {
        Path request = write(out.resolve("demande.yaml"), REQUESTER + """
                territory: {level: departement, code: "47"}
                period: "2025"
                publics: [Personnes âgées]
                themes: [maintien_domicile, repit_aidants, isolement]
                comparisons: ["33", "24"]
                output: cd47
                """);
        RequestResult result = runner.run(request, lake, out.resolve("bundles"), true);

        Path bundle = out.resolve("bundles/cd47/20260302-conseil-departemental-de-lot-et-garonne-departement-47");
        assertThat(result.bundle()).isEqualTo(bundle);
        for (String file : List.of("index.html", "departement-47.html", "figures.json", "methodology.md",
                "exports/departement-47.xlsx", "exports/departement-47/besoins.csv",
                "exports/departement-47/comparaison.csv")) {
            assertThat(bundle.resolve(file)).as(file).isRegularFile();
        }
        JsonNode figures = new ObjectMapper().readTree(bundle.resolve("figures.json").toFile());
        JsonNode page = figures.path("territories").get(0);
        assertThat(page.path("code").asText()).isEqualTo("47");
        assertThat(page.path("tables").path("besoins")).allSatisfy(row ->
                assertThat(row.path("Public").asText()).isEqualTo("Personnes âgées"));
        assertThat(page.path("tables").path("comparaison")).hasSize(3);
        assertThat(Files.readString(bundle.resolve("methodology.md"))).contains("Comparaisons : 33, 24",
                "jobs not re-run");
        assertThat(Files.readString(bundle.resolve("exports/departement-47/comparaison.csv"))).contains(",");

        List<String> log = Files.readAllLines(out.resolve("bundles/requests.log.jsonl"));
        assertThat(log).hasSize(1);
        JsonNode entry = new ObjectMapper().readTree(log.get(0));
        assertThat(entry.path("status").asText()).isEqualTo("served");
        assertThat(entry.path("bundle").asText()).isEqualTo("cd47/" + bundle.getFileName());
        assertThat(entry.path("at").asText()).isEqualTo("2026-03-02T09:00:00Z");
    }

    @Test
    void aGroupingRequestGivesOneFichePerZone(@TempDir Path out) throws IOException {
        Path request = write(out.resolve("agenais.yaml"), REQUESTER + "territory: {grouping: agenais}\n");
        RequestResult result = runner.run(request, lake, out, false);
        assertThat(result.bundle().getFileName().toString())
                .isEqualTo("20260302-conseil-departemental-de-lot-et-garonne-grouping-agenais");
        assertThat(result.report().pages()).extracting(p -> p.card().territory().code()).containsExactly("nord", "sud");
        assertThat(result.bundle().resolve("agenais-nord.html")).isRegularFile();
        String fiche = Files.readString(result.bundle().resolve("agenais-sud.html"));
        assertThat(fiche).contains("Regroupement agenais sud", "class=\"dep highlighted\"", "population municipale");
        assertThat(result.report().pages().get(0).card().keyFigures().get(2).value()).isNotEqualTo("non disponible");
    }

    @Test
    void aListOfCommunesGivesOneFichePerCommune(@TempDir Path out) throws IOException {
        Path request = write(out.resolve("communes.yaml"), REQUESTER
                + "territory: {communes: [\"47001\", \"47323\"]}\nthemes: [isolement, mobilite, logement]\n");
        RequestResult result = runner.run(request, lake, out, false);
        assertThat(result.bundle().getFileName().toString())
                .isEqualTo("20260302-conseil-departemental-de-lot-et-garonne-communes-47001-et-1");
        assertThat(result.report().pages()).extracting(p -> p.card().territory().name())
                .containsExactly("Agen", "Villeneuve-sur-Lot");
        assertThat(result.bundle().resolve("commune-47323.html")).isRegularFile();
        assertThat(result.report().pages().get(0).card().map().highlighted()).containsExactly("47");
        assertThat(result.report().pages().get(0).card().keyFigures().get(2).value()).isEqualTo("32\u202F801");
    }

    @Test
    void themeCodesOfTheTextsSelectTheThemesSectionAndReachTheFigures(@TempDir Path out) throws IOException {
        Path request = write(out.resolve("demande.yaml"), REQUESTER + """
                territory: {code: "47"}
                themes: [liste_attente, "Répit des aidants"]
                """);
        RequestResult result = runner.run(request, lake, out, false);

        var card = result.report().pages().get(0).card();
        assertThat(card.themes().themes().rows()).extracting(row -> row.get(0).text())
                .containsExactlyInAnyOrder("Listes d'attente", "Répit des aidants");
        // liste_attente is a theme only: the needs tables keep every domain; repit_aidants is both
        assertThat(card.needs().columns()).extracting(c -> c.label()).containsExactly("Public",
                fr.observatoire.vocabulary.NeedDomain.REPIT_AIDANTS.label(), "Total");
        JsonNode figures = new ObjectMapper().readTree(result.bundle().resolve("figures.json").toFile());
        JsonNode themes = figures.path("territories").get(0).path("tables").path("themes");
        assertThat(themes).hasSize(2);
        assertThat(themes.get(0).path("Observations").isNumber() || "s".equals(themes.get(0).path("Observations").asText()))
                .isTrue();
        assertThat(Files.readString(result.bundle().resolve("methodology.md")))
                .contains("Thèmes des textes : liste_attente, repit_aidants");
        assertThat(result.bundle().resolve("exports/departement-47/themes.csv")).isRegularFile();
    }

    @Test
    void aJsonRequestIsReadToo(@TempDir Path out) throws IOException {
        Path request = write(out.resolve("demande.json"), """
                {"requester": {"organisation": "Conseil départemental de Lot-et-Garonne", "departement": "47"},
                 "territory": {"code": "47"}}
                """);
        assertThat(runner.run(request, lake, out, false).report().pages()).hasSize(1);
    }

    /** The fixture's themes output and the standard vocabulary, in code order. */
    private static java.util.Set<String> textThemes() {
        java.util.Set<String> codes = new java.util.TreeSet<>(List.of("acces_droits", "coordination_parcours",
                "desert_medical", "isolement", "liste_attente", "logement", "mobilite", "repit_aidants",
                "sante_mentale", "sortie_ase"));
        codes.addAll(fr.observatoire.analytics.themes.ThemeVocabulary.standard().themes().keySet());
        return codes;
    }

    Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("territory: {communes: [\"47001\", \"33063\"]}\n",
                        "request.yaml, field territory.communes[1]: cannot use '33063': commune Bordeaux is in "
                                + "département 33, outside the requester's département 47"),
                Arguments.of("territory: {communes: [\"47999\"]}\n",
                        "request.yaml, field territory.communes[0]: cannot use '47999': unknown commune code"),
                Arguments.of("territory: {communes: [\"47001\", \"47002\"]}\n",
                        "request.yaml, field territory.communes[1]: cannot use '47002': no diagnostic for this "
                                + "commune in the lake (run the analytics jobs)"),
                Arguments.of("territory: {level: departement, code: \"33\"}\n",
                        "request.yaml, field territory.code: cannot use '33': outside the requester's département 47"),
                Arguments.of("territory: {level: departement, code: \"99\"}\n",
                        "request.yaml, field territory.code: cannot use '99': unknown département code"),
                Arguments.of("territory: {level: region, code: \"75\"}\n",
                        "request.yaml, field territory.level: cannot use 'region': expected departement, epci or commune"),
                Arguments.of("territory: {grouping: MEL}\n",
                        "request.yaml, field territory.grouping: cannot use 'MEL': unknown grouping"),
                Arguments.of("territory: {grouping: garonne}\n",
                        "request.yaml, field territory.grouping: cannot use 'garonne': the grouping covers départements "
                                + "33, 47, outside the requester's département 47"),
                Arguments.of("territory: {code: \"47\"}\nperiod: \"2019\"\n",
                        "request.yaml, field period: cannot use '2019': no diagnostic for this period (available: 2024, 2025)"),
                Arguments.of("territory: {code: \"47\"}\nthemes: [astrologie]\n",
                        "request.yaml, field themes[0]: cannot use 'astrologie': unknown need domain or theme (need "
                                + "domains: " + String.join(", ", Stream.of(fr.observatoire.vocabulary.NeedDomain.values())
                                        .map(fr.observatoire.vocabulary.NeedDomain::code).toList())
                                + "; themes of the texts: " + String.join(", ", textThemes()) + ")"),
                Arguments.of("territory: {code: \"47\"}\ncomparisons: [\"33\", \"2C\"]\n",
                        "request.yaml, field comparisons[1]: cannot use '2C': unknown département code"),
                Arguments.of("territory: {code: \"47\"}\nthreshold: 2\n",
                        "request.yaml, field threshold: cannot use '2': the disclosure threshold cannot be below 5"),
                Arguments.of("territory: {code: \"47\"}\noutput: ../../elsewhere\n",
                        "request.yaml, field output: cannot use '../../elsewhere': escapes the output folder {root}"),
                Arguments.of("territory: {code: \"47\"}\noutput: /tmp/elsewhere\n",
                        "request.yaml, field output: cannot use '/tmp/elsewhere': must be a folder inside the output "
                                + "folder {root}, not an absolute path"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void refusesWithAMessageNamingTheFieldAndValue(String body, String message, @TempDir Path out) throws IOException {
        Path request = write(out.resolve("request.yaml"), REQUESTER + body);
        Path root = out.resolve("bundles");
        assertThatThrownBy(() -> runner.run(request, lake, root, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(message.replace("{root}", root.toAbsolutePath().normalize().toString()));
        JsonNode entry = new ObjectMapper().readTree(Files.readAllLines(root.resolve("requests.log.jsonl")).get(0));
        assertThat(entry.path("status").asText()).isEqualTo("refused");
        assertThat(entry.path("message").asText()).isEqualTo(message.replace("{root}", root.toAbsolutePath().normalize().toString()));
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("requests.log.jsonl");
        }
    }

    @Test
    void refusesARequesterOutsideTheReferenceAndAnUnknownField(@TempDir Path out) throws IOException {
        Path unknownDepartement = write(out.resolve("r1.yaml"),
                "requester: {organisation: X, departement: \"99\"}\nterritory: {code: \"99\"}\n");
        assertThatThrownBy(() -> runner.run(unknownDepartement, lake, out, false))
                .hasMessage("r1.yaml, field requester.departement: cannot use '99': unknown département code");
        Path missing = write(out.resolve("r2.yaml"), "requester: {departement: \"47\"}\nterritory: {code: \"47\"}\n");
        assertThatThrownBy(() -> runner.run(missing, lake, out, false))
                .hasMessage("r2.yaml, field requester.organisation: missing");
        Path unknownField = write(out.resolve("r3.yaml"), REQUESTER + "territory: {code: \"47\"}\ncolour: red\n");
        assertThatThrownBy(() -> runner.run(unknownField, lake, out, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("r3.yaml line 3, field colour: ")
                .hasMessageContaining("Unrecognized field \"colour\"");
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
