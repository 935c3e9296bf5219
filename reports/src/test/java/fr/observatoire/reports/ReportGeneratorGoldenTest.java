package fr.observatoire.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.observatoire.reports.fixture.LakeFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden HTML of a small fixture: on a mismatch the generated page is written as {@code *.actual.html} beside the
 * expected one, to be reviewed as a diff and copied over when the change is intended.
 */
class ReportGeneratorGoldenTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "departement-47", "expected");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void ficheOfLotEtGaronneAndIndexMatchTheGoldenFiles() throws IOException {
        Path lake = LakeFixture.write(dir.resolve("lake"), "golden");
        Path out = dir.resolve("site");
        ReportResult result = new ReportGenerator(CLOCK).generate(ReportRequest.of(lake, "departement:47", out));

        assertThat(result.pages()).hasSize(1);
        List<String> mismatches = new ArrayList<>();
        compare(out.resolve("departement-47.html"), "departement-47.html", mismatches);
        compare(out.resolve("index.html"), "index.html", mismatches);
        if (!mismatches.isEmpty()) {
            fail("Generated HTML differs from the golden files; review with diff: " + mismatches);
        }
    }

    @Test
    void ficheIsSelfContainedAndPrintable() throws IOException {
        Path lake = LakeFixture.write(dir.resolve("lake"), "golden");
        Path out = dir.resolve("site");
        new ReportGenerator(CLOCK).generate(ReportRequest.of(lake, "departement:47", out));
        String html = Files.readString(out.resolve("departement-47.html"), StandardCharsets.UTF_8);
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//")
                .doesNotContain("<link", "<script src", "@import", "url(http")
                .contains("<html lang=\"fr\">", "@media print", "<svg class=\"chart map\"");
        assertThat(html.split("<section id=")).hasSize(14);
    }

    @Test
    void allWritesEveryDepartementRegionAndFranceWithTheirDepartementsHighlighted() throws IOException {
        Path lake = LakeFixture.write(dir.resolve("lake"), "golden");
        Path out = dir.resolve("all");
        ReportResult result = new ReportGenerator(CLOCK).generate(
                new ReportRequest(lake, "all", "2025", 5, out, false, fr.observatoire.reports.view.Scope.ALL, false));
        assertThat(result.pages()).hasSize(101 + 18 + 1 + 2);
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).contains("href=\"departement-2a.html\"", "href=\"region-75.html\"", "href=\"france-fr.html\"",
                "href=\"agenais-nord.html\"");
        String region = Files.readString(out.resolve("region-75.html"));
        assertThat(region.split("class=\"dep highlighted\"", -1)).hasSize(12 + 1);
        String france = Files.readString(out.resolve("france-fr.html"));
        assertThat(france).doesNotContain("dep highlighted").contains("Fiche territoire — France");
        assertThat(out.resolve("exports")).doesNotExist();
    }

    @Test
    void generatingTwiceGivesTheSameBytes() throws IOException {
        Path lake = LakeFixture.write(dir.resolve("lake"), "golden");
        ReportGenerator generator = new ReportGenerator(CLOCK);
        generator.generate(ReportRequest.of(lake, "departement:47", dir.resolve("a")));
        generator.generate(ReportRequest.of(lake, "departement:47", dir.resolve("b")));
        for (String file : new String[] {"departement-47.html", "exports/departement-47.xlsx",
                "exports/departement-47/besoins.csv"}) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
        }
    }

    private static void compare(Path generated, String name, List<String> mismatches) throws IOException {
        Path expected = GOLDEN.resolve(name);
        String actual = Files.readString(generated, StandardCharsets.UTF_8);
        Path actualFile = GOLDEN.resolve(name.replace(".html", ".actual.html"));
        if (!Files.exists(expected) || !Files.readString(expected, StandardCharsets.UTF_8).equals(actual)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
            mismatches.add("diff " + expected + " " + actualFile);
        } else {
            Files.deleteIfExists(actualFile);
        }
    }
}
