package fr.observatoire.ingest;

import fr.observatoire.lake.Lake;
import fr.observatoire.lake.Sql;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads a lake the way downstream stages do: DuckDB's read_parquet glob through the dataset links. */
public final class LakeQueries {

    private LakeQueries() {
    }

    /** The rows of {@code select} over {@code v} (a view of the dataset glob), each row's columns joined by '|'. */
    public static List<String> rows(Path dataset, String select) {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE VIEW v AS SELECT * FROM read_parquet("
                    + Sql.literal(Lake.glob(dataset)) + ", hive_partitioning = true)");
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery(select)) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(i > 1 ? "|" : "").append(result.getString(i));
                    }
                    rows.add(row.toString());
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed on " + dataset + ": " + e.getMessage(), e);
        }
    }

    public static long count(Path dataset, String where) {
        if (!hasFiles(dataset)) {
            return 0;
        }
        return Long.parseLong(rows(dataset, "SELECT count(*) FROM v WHERE " + where).get(0));
    }

    public static boolean hasFiles(Path dataset) {
        if (!Files.exists(dataset)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(dataset, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return walk.anyMatch(p -> p.toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under the lake folder (links not followed: each stored file once) holding the bytes. */
    public static List<Path> filesContaining(Path root, String text) {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> contains(read(p), needle)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
