package fr.observatoire.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.ingest.validate.Observation;
import fr.observatoire.lake.ObservationColumns;
import fr.observatoire.lake.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Parquet the sink writes from blocks of any size, read back by DuckDB: every value, null, type and statistic as
 * written.
 */
class ObservationSinkTest {

    private static final String[] TEXTS = {"Manque de places en accueil de jour", "Écrire à [EMAIL]; «suivi»",
            "guillemets \" et\nretour", "", "😀 emoji 𝄞 et 漢字", "lone \uD800 surrogate", "a\u00a0b\u202fc"};

    @TempDir
    Path work;

    private static Observation observation(SplittableRandom random, long line, Instant at) {
        boolean commune = random.nextInt(10) != 0;
        String text = random.nextInt(5) == 0 ? null : random.nextInt(3) == 0
                ? "unique " + random.nextLong() : TEXTS[random.nextInt(TEXTS.length)];
        return new Observation("id-" + line, random.nextBoolean() ? "usager" : "financeur",
                random.nextInt(7) == 0 ? null : "Contributeur " + random.nextInt(30),
                LocalDate.of(1900, 1, 1).plusDays(random.nextInt(110_000)), Integer.toString(2000 + random.nextInt(30)),
                commune ? String.format("%05d", random.nextInt(1000, 99_000)) : null,
                commune && random.nextBoolean() ? "2000" + random.nextInt(10_000, 99_999) : null,
                random.nextBoolean() ? "2A" : "59", "32", commune ? "commune" : "departement", "aidants", "repit",
                "besoin", random.nextInt(4) == 0 ? null : random.nextInt(0, Integer.MAX_VALUE),
                random.nextInt(4) == 0 ? null : random.nextInt(1, 5), random.nextBoolean() ? null : random.nextInt(400),
                text, random.nextInt(3) == 0 ? "v2" : null, random.nextInt(3), "file.csv", line, at);
    }

    private static String expected(Observation o) {
        return String.join("|", Stream.of(o.observationId(), o.sourceGroup(), o.contributor(), o.observedOn(),
                o.period(), o.communeCode(), o.epciCode(), o.departementCode(), o.regionCode(), o.territoryPrecision(),
                o.publicCode(), o.needDomain(), o.kind(), o.persons(), o.severity(), o.waitingDays(),
                o.text() == null ? null : o.text().replace("\uD800", "?"), o.formVersion(), o.redactions(),
                o.sourceFile(), o.sourceLine(),
                LocalDateTime.ofInstant(o.ingestedAt(), ZoneOffset.UTC).toString().replace('T', ' '))
                .map(String::valueOf).toList());
    }

    private static List<String> read(Statement statement, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = statement.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    values.add(String.valueOf(r.getString(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    @Test
    void readsBackEveryValueAcrossPartsRowGroupsAndDictionaryFallBack() throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        Instant at = Instant.parse("2026-01-15T08:00:00.123456Z");
        List<String> expected = new ArrayList<>();
        Path folder = work.resolve("observations");
        int rows = 140_000; // part 0: a full row group (commune codes fall back to PLAIN) and a short one; part 1 the rest
        try (ObservationSink sink = new ObservationSink(folder, 130_000)) {
            ObservationBlock block = new ObservationBlock();
            int blockRows = 1 + random.nextInt(9_000); // blocks cut by row groups and parts at various offsets
            for (int line = 2; line < rows + 2; line++) {
                Observation o = observation(random, line, at);
                block.add(o);
                expected.add(expected(o));
                if (block.rows() == blockRows || line == rows + 1) {
                    sink.write(block);
                    if (random.nextBoolean()) {
                        block.clear(); // a written block is filled again, as the stager reuses them
                    } else {
                        block = new ObservationBlock();
                    }
                    blockRows = 1 + random.nextInt(9_000);
                }
            }
        }
        assertThat(folder.resolve("part-00000.parquet")).exists();
        assertThat(folder.resolve("part-00001.parquet")).exists();
        assertThat(folder.resolve("part-00002.parquet")).doesNotExist();
        String files = Sql.literal(folder.resolve("*.parquet").toString());
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            assertThat(read(statement, "SELECT * FROM read_parquet(" + files + ") ORDER BY source_line"))
                    .containsExactlyElementsOf(expected);
            assertThat(read(statement, "SELECT column_name || ' ' || column_type FROM (DESCRIBE SELECT * FROM"
                    + " read_parquet(" + files + "))"))
                    .isEqualTo(ObservationColumns.FILE_COLUMNS.stream().map(c -> c[0] + " " + c[1]).toList());
            // commune codes outgrow the first row group's dictionary: PLAIN from there on; few contributors stay coded
            String part0 = Sql.literal(folder.resolve("part-00000.parquet").toString());
            assertThat(read(statement, "SELECT path_in_schema || ' ' || row_group_id || ' ' || encodings FROM"
                    + " parquet_metadata(" + part0 + ") WHERE path_in_schema IN ('commune_code', 'contributor')"
                    + " ORDER BY 1"))
                    .containsExactly("commune_code 0 PLAIN, RLE", "commune_code 1 PLAIN, RLE",
                            "contributor 0 PLAIN_DICTIONARY, RLE", "contributor 1 PLAIN_DICTIONARY, RLE");
            // statistics agree with the values of each row group (filters that skip row groups stay right)
            for (String column : List.of("observation_id", "contributor", "commune_code", "text", "persons",
                    "observed_on", "source_line")) {
                List<String> stats = read(statement, "SELECT stats_min_value, stats_max_value, stats_null_count"
                        + " FROM parquet_metadata(" + Sql.literal(folder.resolve("part-00001.parquet").toString())
                        + ") WHERE path_in_schema = '" + column + "'");
                List<String> actual = read(statement, "SELECT min(" + column + "), max(" + column + "), count(*) - count("
                        + column + ") FROM read_parquet(" + Sql.literal(folder.resolve("part-00001.parquet").toString())
                        + ")");
                assertThat(stats).as(column).isEqualTo(actual);
            }
        }
    }

    @Test
    void aSinkWithNoRowWritesOneEmptyPartWithTheSchema() throws Exception {
        Path folder = work.resolve("empty");
        new ObservationSink(folder).close();
        try (Stream<Path> parts = Files.list(folder);
             Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            assertThat(parts.map(p -> p.getFileName().toString())).containsExactly("part-00000.parquet");
            String file = Sql.literal(folder.resolve("part-00000.parquet").toString());
            assertThat(read(statement, "SELECT count(*) FROM read_parquet(" + file + ")")).containsExactly("0");
            assertThat(read(statement, "SELECT count(*) FROM (DESCRIBE SELECT * FROM read_parquet(" + file + "))"))
                    .containsExactly("22");
        }
    }
}
