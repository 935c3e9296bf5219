package fr.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole chain through the command line, on the committed samples: the demo (reference import, ingest of every
 * sample batch, the jobs on DuckDB, the reports), then a département's request on the lake it built.
 */
class DemoEndToEndTest {

    private static final Path SAMPLES = Path.of("..", "data-samples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        return Observatory.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void demoBuildsTheLakeAndTheSiteAndARequestIsServedFromIt() throws Exception {
        Path work = dir.resolve("demo");
        assertThat(execute("demo", "--workdir", work.toString(), "--samples", SAMPLES.toString(),
                "--engine", "duckdb")).as(err.toString()).isZero();

        // What the generator says it planted decides what must be in the lake: a file whose rejectable rows exceed
        // the 5 % threshold is kept out whole, every other file commits its rows less the rejectable ones.
        long expectedCommitted = 0;
        int expectedRefused = 0;
        List<String> defects = Files.readAllLines(SAMPLES.resolve("manifests/expected_defects.csv"));
        for (String line : defects.subList(1, defects.size())) {
            String[] cells = line.split(";");
            long rows = Long.parseLong(cells[1]);
            long rejectable = Long.parseLong(cells[3]);
            if ((double) rejectable / rows > 0.05) {
                expectedRefused++;
            } else {
                expectedCommitted += rows - rejectable;
            }
        }
        Path lake = work.resolve("lake");
        assertThat(count("SELECT count(*) FROM read_parquet(" + glob(lake.resolve("observations"))
                + ", hive_partitioning = true)")).isEqualTo(expectedCommitted);
        assertThat(count("SELECT count(*) FROM read_parquet(" + glob(lake.resolve("ledger"))
                + ") WHERE status = 'rejected'")).isEqualTo(expectedRefused);
        assertThat(count("SELECT count(*) FROM read_parquet(" + glob(lake.resolve("diagnostic"))
                + ") WHERE level = 'departement' AND territory_code IN ('13', '47', '59')")).isPositive();
        assertThat(out.toString())
                .contains("[4/4] Fiches territoire", String.format("%,d observations committed", expectedCommitted))
                .contains(work.resolve("site").resolve("index.html").toString());
        String index = Files.readString(work.resolve("site/index.html"), StandardCharsets.UTF_8);
        assertThat(index).contains("Nord", "Bouches-du-Rhône", "Lot-et-Garonne");

        Path request = dir.resolve("demande-cd47.yaml");
        Files.writeString(request, """
                requester: {organisation: "Conseil départemental de Lot-et-Garonne", departement: "47"}
                territory: {level: departement, code: "47"}
                publics: [personnes_agees]
                output: cd47
                """, StandardCharsets.UTF_8);
        assertThat(execute("request", request.toString(), "--lake", lake.toString(), "--out",
                dir.resolve("bundles").toString())).as(err.toString()).isZero();
        try (var bundles = Files.list(dir.resolve("bundles/cd47"))) {
            Path bundle = bundles.findFirst().orElseThrow();
            assertThat(bundle.getFileName().toString()).endsWith("-47");
            assertThat(Files.readString(bundle.resolve("figures.json")))
                    .contains("analytics jobs re-run on DuckDB for this request: diagnostic");
            assertThat(bundle.resolve("methodology.md")).exists();
        }
        assertThat(Files.readAllLines(dir.resolve("bundles/requests.log.jsonl"))).hasSize(1);
    }

    private static String glob(Path dataset) {
        return fr.observatoire.lake.Sql.literal(fr.observatoire.lake.Lake.glob(dataset));
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
