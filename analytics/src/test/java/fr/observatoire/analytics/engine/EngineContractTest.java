package fr.observatoire.analytics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.observatoire.analytics.duckdb.DuckDbEngine;
import fr.observatoire.analytics.spark.LocalSpark;
import fr.observatoire.analytics.spark.SparkEngine;
import fr.observatoire.error.InvalidInputException;
import fr.observatoire.lake.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every engine must do the same way: read, check, bind, window, write. */
@ExtendWith(LocalSpark.class)
class EngineContractTest {

    static final TableSchema THINGS = TableSchema.of(
            "id", SqlType.INTEGER, "grp", SqlType.STRING, "v", SqlType.DOUBLE, "day", SqlType.DATE,
            "seen_at", SqlType.TIMESTAMP, "batch_id", SqlType.STRING);

    private final SparkSession spark;

    @TempDir
    Path dir;

    EngineContractTest(SparkSession spark) {
        this.spark = spark;
    }

    Engine open(EngineKind kind) {
        return kind == EngineKind.SPARK ? new SparkEngine(spark) : new DuckDbEngine();
    }

    /** Two hive partitions written by DuckDB as ingest writes them (INTEGER, DOUBLE, DATE, TIMESTAMP). */
    Path writeThings() throws Exception {
        Path things = dir.resolve("things");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (String batch : List.of("B1", "B2")) {
                Path folder = Files.createDirectories(things.resolve("batch_id=" + batch));
                s.execute("COPY (SELECT CAST(i AS INTEGER) AS id, CASE WHEN i % 3 = 0 THEN 'a' WHEN i % 3 = 1 THEN 'b'"
                        + " ELSE 'c' END AS grp, CAST(i AS DOUBLE) / 7 AS v, DATE '2025-01-01' + CAST(i AS INTEGER) AS day,"
                        + " TIMESTAMP '2025-03-01 10:00:00' + to_hours(CAST(i AS BIGINT)) AS seen_at, 'extra' AS ignored"
                        + " FROM range(" + (batch.equals("B1") ? "0, 10" : "10, 17") + ") t(i)) TO "
                        + Sql.literal(folder.resolve("part-0.parquet")) + " (FORMAT parquet)");
            }
        }
        return things;
    }

    List<Step> steps(String fromGroup) {
        return List.of(
                Step.of("groups", "enginetest/01_groups.sql", fromGroup, fromGroup, LocalDate.of(2025, 1, 15)),
                Step.of("ranked", "enginetest/02_ranked.sql"));
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void readsBindsAndWritesTheDocumentedTypes(EngineKind kind) throws Exception {
        Path things = writeThings();
        Path out = dir.resolve("out-" + kind.code());
        try (Engine engine = open(kind)) {
            engine.register(new ParquetSource("things", things, THINGS, true));
            engine.run(steps(null));
            assertThat(engine.schema("ranked").columns()).extracting(Column::type).containsExactly(
                    SqlType.STRING, SqlType.STRING, SqlType.BIGINT, SqlType.BIGINT, SqlType.DOUBLE, SqlType.DOUBLE,
                    SqlType.DATE, SqlType.TIMESTAMP, SqlType.STRING, SqlType.INTEGER, SqlType.DOUBLE, SqlType.BOOLEAN);
            assertThat(engine.write("ranked", out)).isEqualTo(6);
            List<List<Object>> rows = engine.collect("ranked");
            // B1: ids 0..9 -> a {0,3,6,9}, b {1,4,7}, c {2,5,8}; median of a = (3/7 + 6/7) / 2 = 9/14.
            assertThat((Double) rows.get(0).get(4)).isCloseTo(9.0 / 14, within(1e-12));
            assertThat((Double) rows.get(4).get(4)).isCloseTo(11.5 / 7, within(1e-12));
            rows.forEach(row -> row.set(4, null));
            assertThat(rows.get(0)).containsExactly("a", "B1", 4L, 18L, null, 0.64,
                    LocalDate.of(2025, 1, 10), LocalDateTime.of(2025, 3, 1, 19, 0), "g:a", 1, null, true);
            // B2 keeps days up to 2025-01-15: ids 10..14 -> a {12}, b {10,13}, c {11,14}; b total 23 / B1 b total 12.
            assertThat(rows.get(4)).containsExactly("b", "B2", 2L, 23L, null, 1.64,
                    LocalDate.of(2025, 1, 14), LocalDateTime.of(2025, 3, 1, 23, 0), "g:b", 1, 23.0 / 12, true);
        }
        assertThat(readBack(out)).hasSize(6).first().asList().startsWith("a", "B1", 4L, 18L);
        assertThat(Files.list(out).map(p -> p.getFileName().toString()))
                .allMatch(name -> name.endsWith(".parquet") || name.equals("_SUCCESS"));
        assertThat(Files.list(dir.resolve("_work"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void bindsANonNullParameter(EngineKind kind) throws Exception {
        Path things = writeThings();
        try (Engine engine = open(kind)) {
            engine.register(new ParquetSource("things", things, THINGS, true));
            engine.run(steps("b"));
            assertThat(engine.collect("ranked")).extracting(row -> row.get(0)).containsExactly("b", "c", "b", "c");
        }
    }

    /** The lake's datasets are links to the current snapshot: {@code observations -> current/observations}. */
    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void readsADatasetReachedThroughSymbolicLinks(EngineKind kind) throws Exception {
        Path things = writeThings();
        Path snapshot = Files.createDirectories(dir.resolve("_snapshots"));
        Files.move(things, snapshot.resolve("things"));
        Files.createSymbolicLink(dir.resolve("current"), snapshot);
        Path linked = Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("current").resolve("things"));
        try (Engine engine = open(kind)) {
            engine.register(new ParquetSource("things", linked, THINGS, true));
            assertThat(engine.count("things")).isEqualTo(17);
        }
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void refusesFilesWithoutARequiredColumnNamingIt(EngineKind kind) throws Exception {
        Path things = writeThings();
        TableSchema wanted = THINGS.plus("weight", SqlType.DOUBLE);
        try (Engine engine = open(kind)) {
            assertThatThrownBy(() -> engine.register(new ParquetSource("things", things, wanted, true)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(things.toString())
                    .hasMessageContaining("field weight")
                    .hasMessageContaining("required column missing");
        }
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void registersAnEmptyViewForAMissingOptionalInputAndWritesAnEmptyDataset(EngineKind kind) throws Exception {
        Path out = dir.resolve("empty-" + kind.code());
        try (Engine engine = open(kind)) {
            engine.register(new ParquetSource("things", dir.resolve("absent"), THINGS, false));
            engine.run(steps(null));
            assertThat(engine.count("ranked")).isZero();
            assertThat(engine.write("ranked", out)).isZero();
        }
        assertThat(readBack(out)).isEmpty();
        assertThat(describe(out)).contains("rank_in_batch INTEGER", "n BIGINT", "label VARCHAR");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void refusesAMissingRequiredInputNamingTheFolder(EngineKind kind) {
        try (Engine engine = open(kind)) {
            assertThatThrownBy(() -> engine.register(new ParquetSource("things", dir.resolve("absent"), THINGS, true)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(dir.resolve("absent").toString());
        }
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void registersRowsAndReplacesAPreviousOutput(EngineKind kind) throws Exception {
        Path out = dir.resolve("rows-" + kind.code());
        Files.createDirectories(out);
        Files.writeString(out.resolve("stale.parquet"), "not parquet");
        TableSchema schema = TableSchema.of("code", SqlType.STRING, "places", SqlType.INTEGER, "day", SqlType.DATE);
        try (Engine engine = open(kind)) {
            engine.register("crosswalk", schema, List.of(
                    Arrays.asList("EHPAD", 12, LocalDate.of(2024, 2, 29)), Arrays.asList("SSIAD", null, null)));
            assertThat(engine.write("crosswalk", out)).isEqualTo(2);
            assertThat(engine.collect("crosswalk")).contains(Arrays.asList("SSIAD", null, null));
        }
        assertThat(Files.exists(out.resolve("stale.parquet"))).isFalse();
        assertThat(readBack(out)).hasSize(2);
    }

    @Test
    void bothEnginesWriteTheSameRowsAndTypes() throws Exception {
        Path things = writeThings();
        for (EngineKind kind : EngineKind.values()) {
            try (Engine engine = open(kind)) {
                engine.register(new ParquetSource("things", things, THINGS, true));
                engine.run(steps(null));
                engine.write("ranked", dir.resolve("agree-" + kind.code()));
            }
        }
        assertThat(readBack(dir.resolve("agree-spark"))).isEqualTo(readBack(dir.resolve("agree-duckdb")));
        assertThat(describe(dir.resolve("agree-spark"))).isEqualTo(describe(dir.resolve("agree-duckdb")));
    }

    static List<List<Object>> readBack(Path dataset) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM read_parquet("
                     + Sql.literal(dataset.resolve("*.parquet").toString()) + ") ORDER BY ALL")) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static List<String> describe(Path dataset) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM read_parquet("
                     + Sql.literal(dataset.resolve("*.parquet").toString()) + ")")) {
            while (rs.next()) {
                columns.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return columns;
    }
}
