package fr.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.lake.Sql;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandsTest {

    @TempDir
    Path dir;

    private Path lake;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeTinyLake() throws Exception {
        lake = dir.resolve("lake");
        for (String folder : new String[] {"diagnostic", "reference/departements", "reference/communes"}) {
            Files.createDirectories(lake.resolve(folder));
        }
        String script;
        try (InputStream in = getClass().getResourceAsStream("/tiny-lake.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        script = Pattern.compile("\\{lake:([^}]+)}").matcher(script)
                .replaceAll(m -> Matcher.quoteReplacement(Sql.literal(lake.resolve(m.group(1)))));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\\s*\\n")) {
                if (sql.lines().anyMatch(l -> !l.isBlank() && !l.strip().startsWith("--"))) {
                    statement.execute(sql);
                }
            }
        }
    }

    private int run(Callable<Integer> command, String... args) {
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void reportWritesTheSiteAndSaysWhere() {
        int code = run(new ReportCommand(), "--lake", lake.toString(), "--territory", "47", "--out",
                dir.resolve("site").toString(), "--decimal-comma");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("1 fiche(s) territoire written");
        assertThat(dir.resolve("site/departement-47.html")).isRegularFile();
        assertThat(dir.resolve("site/exports/departement-47.xlsx")).isRegularFile();
    }

    @Test
    void reportRefusesAnUnknownTerritoryAsAUsageError() {
        int code = run(new ReportCommand(), "--lake", lake.toString(), "--territory", "99", "--out",
                dir.resolve("site").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("field territory: cannot use '99': no such territory in the diagnostic");
    }

    @Test
    void requestServesAGoodRequestAndRefusesAnotherWithExitCode2() throws Exception {
        Path good = Files.writeString(dir.resolve("demande.yaml"), """
                requester: {organisation: "Conseil départemental de Lot-et-Garonne", departement: "47"}
                territory: {code: "47"}
                comparisons: ["33"]
                """);
        // The fixture lake holds analytics outputs but no observations: they are read as they are.
        RequestCommand asTheyAre = new RequestCommand(lake -> "analytics outputs read as they are");
        assertThat(run(asTheyAre, good.toString(), "--lake", lake.toString(), "--out",
                dir.resolve("bundles").toString())).isZero();
        assertThat(out.toString()).contains("Bundle written:");
        Path bad = Files.writeString(dir.resolve("autre.yaml"), """
                requester: {organisation: "Conseil départemental de Lot-et-Garonne", departement: "47"}
                territory: {code: "33"}
                """);
        assertThat(run(asTheyAre, bad.toString(), "--lake", lake.toString(), "--out",
                dir.resolve("bundles").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Request refused: autre.yaml, field territory.code: cannot use '33': "
                + "outside the requester's département 47");
        assertThat(Files.readAllLines(dir.resolve("bundles/requests.log.jsonl"))).hasSize(2);
    }

    @Test
    void benchReportsPrintsPagesPerSecond() {
        assertThat(run(new BenchReportsCommand(), "--lake", lake.toString(), "--no-exports")).isZero();
        assertThat(out.toString()).containsPattern("run 1: 2 pages in [0-9.]+ s, [0-9.]+ pages/s");
    }
}
