package fr.observatoire.ingest.stage;

import fr.observatoire.lake.Sql;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads staged Parquet folders back with DuckDB, the oracle, as CSV lines for golden comparison. */
final class StagedTables {

    private StagedTables() {
    }

    static List<String> csv(Path folder, String columns, String orderBy) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + columns + " FROM read_parquet("
                     + Sql.literal(folder.resolve("*.parquet").toString()) + ") ORDER BY " + orderBy)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> lines = new ArrayList<>();
            List<String> header = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                header.add(meta.getColumnName(i));
            }
            lines.add(String.join(",", header));
            while (rows.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.add(quote(rows.getString(i)));
                }
                lines.add(String.join(",", values));
            }
            return lines;
        }
    }

    static List<String> describe(Path folder) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("DESCRIBE SELECT * FROM read_parquet("
                     + Sql.literal(folder.resolve("*.parquet").toString()) + ")")) {
            List<String> lines = new ArrayList<>();
            while (rows.next()) {
                lines.add(rows.getString("column_name") + " " + rows.getString("column_type"));
            }
            return lines;
        }
    }

    static long count(Path folder) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM read_parquet("
                     + Sql.literal(folder.resolve("*.parquet").toString()) + ")")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.isEmpty() || value.contains(",") || value.contains("\"") || value.contains("\n")
                || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
