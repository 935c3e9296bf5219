package fr.observatoire.reports.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.observatoire.reports.ReportGenerator;
import fr.observatoire.reports.ReportRequest;
import fr.observatoire.reports.fixture.LakeFixture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The generated fiche in a real headless Chromium: no errors, charts and map drawn, tables sort on click. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportInBrowserTest {

    private Path dir;
    private Path fiche;
    private Chromium browser;

    @BeforeAll
    void startBrowserAndWriteReport() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Chromium.BINARY),
                "Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium): browser checks skipped");
        dir = Files.createTempDirectory("report-browser");
        Path lake = LakeFixture.write(dir.resolve("lake"), "browser");
        new ReportGenerator(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC))
                .generate(ReportRequest.of(lake, "departement:47", dir.resolve("site")));
        fiche = dir.resolve("site").resolve("departement-47.html");
        Files.createDirectories(dir.resolve("profile"));
        browser = new Chromium(dir.resolve("profile"));
    }

    @AfterAll
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void ficheLoadsWithoutConsoleErrorsOrExceptions() throws Exception {
        browser.open(fiche);
        assertThat(browser.evaluate("document.title").asText()).isEqualTo("Fiche territoire — Lot-et-Garonne");
        assertThat(browser.errors()).isEmpty();
    }

    @Test
    void chartsAndMapAreDrawnWithNonZeroBoxes() throws Exception {
        browser.open(fiche);
        JsonNode charts = browser.evaluate("Array.from(document.querySelectorAll('svg.chart')).map(s => {"
                + "const r = s.getBoundingClientRect(); return {kind: s.getAttribute('class'), w: r.width, h: r.height,"
                + " shapes: s.querySelectorAll('rect,path').length}; })");
        List<String> kinds = new ArrayList<>();
        for (JsonNode chart : charts) {
            kinds.add(chart.get("kind").asText());
            assertThat(chart.get("w").asDouble()).as(chart.toString()).isPositive();
            assertThat(chart.get("h").asDouble()).as(chart.toString()).isPositive();
            assertThat(chart.get("shapes").asInt()).as(chart.toString()).isPositive();
        }
        assertThat(kinds).contains("chart heatmap", "chart bars", "chart trend", "chart map", "chart ranked");
        JsonNode themeBars = browser.evaluate("Array.from(document.querySelectorAll('#textes svg.ranked rect.bar'))"
                + ".map(b => { const r = b.getBoundingClientRect(); return {w: r.width, h: r.height,"
                + " marked: b.classList.contains('marked'), tip: b.querySelector('title').textContent}; })");
        assertThat(themeBars.size()).isBetween(1, 10);
        for (JsonNode bar : themeBars) {
            assertThat(bar.get("w").asDouble() * bar.get("h").asDouble()).as(bar.toString()).isPositive();
            assertThat(bar.get("tip").asText().contains("constat partagé")).isEqualTo(bar.get("marked").asBoolean());
        }
        assertThat(browser.evaluate("document.querySelectorAll('#t-themes tbody tr').length").asInt()).isPositive();
        JsonNode departements = browser.evaluate("Array.from(document.querySelectorAll('svg.map path.dep')).map(p => {"
                + "const r = p.getBoundingClientRect(); return {code: p.dataset.code, w: r.width, h: r.height,"
                + " highlighted: p.classList.contains('highlighted')}; })");
        assertThat(departements.size()).isEqualTo(101);
        for (JsonNode d : departements) {
            assertThat(d.get("w").asDouble() * d.get("h").asDouble()).as(d.toString()).isPositive();
            assertThat(d.get("highlighted").asBoolean()).isEqualTo(d.get("code").asText().equals("47"));
        }
    }

    @Test
    void screenshotIsNotBlank() throws Exception {
        browser.open(fiche);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(browser.screenshot()));
        long coloured = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                coloured += rgb == 0xFFFFFF ? 0 : 1;
            }
        }
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(coloured).as("non-white pixels").isGreaterThan((long) image.getWidth() * image.getHeight() / 20);
    }

    @Test
    void clickingASortableHeaderSortsTheRowsAndAgainReversesThem() throws Exception {
        browser.open(fiche);
        String column = "document.querySelector('#t-detail-tendances thead th:nth-child(4)')";
        String values = "Array.from(document.querySelectorAll('#t-detail-tendances tbody tr')).map(r => {"
                + "const v = r.cells[3].getAttribute('data-sort'); return v === '' ? null : parseFloat(v); })";
        List<Double> before = numbers(browser.evaluate(values));
        assertThat(before).hasSizeGreaterThan(5);
        clickOn(column);
        List<Double> ascending = numbers(browser.evaluate(values));
        assertThat(ascending).isNotEqualTo(before).isSortedAccordingTo(Comparator.nullsFirst(Comparator.naturalOrder()));
        assertThat(ascending).containsExactlyInAnyOrderElementsOf(before);
        assertThat(browser.evaluate(column + ".getAttribute('aria-sort')").asText()).isEqualTo("ascending");
        clickOn(column);
        List<Double> descending = numbers(browser.evaluate(values));
        assertThat(descending).isSortedAccordingTo(Comparator.nullsLast(Comparator.<Double>reverseOrder()));
        assertThat(browser.errors()).isEmpty();
    }

    @Test
    void printsToPdf() throws Exception {
        browser.open(fiche);
        byte[] pdf = browser.pdf();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private void clickOn(String element) throws Exception {
        browser.evaluate(element + ".scrollIntoView({block: 'center'})");
        JsonNode box = browser.evaluate("(() => { const r = " + element
                + ".getBoundingClientRect(); return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()");
        browser.click(box.get("x").asDouble(), box.get("y").asDouble());
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> list = new ArrayList<>();
        array.forEach(n -> list.add(n.isNull() ? null : n.asDouble()));
        return list;
    }
}
