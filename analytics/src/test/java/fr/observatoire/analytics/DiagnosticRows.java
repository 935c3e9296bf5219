package fr.observatoire.analytics;

import fr.observatoire.lake.Sql;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A job output read back with DuckDB, the oracle: rows in a defined order, values as JDBC gives them. */
record DiagnosticRows(List<List<Object>> all) {

    static DiagnosticRows read(Path dataset) throws Exception {
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
        return new DiagnosticRows(rows);
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

    /** The row of a territory x period x public x need domain (the first five key columns after the level). */
    List<Object> get(String level, String territory, String period, String publicCode, String domain) {
        return all.stream()
                .filter(r -> r.get(0).equals(level) && r.get(1).equals(territory) && r.get(3).equals(period)
                        && r.get(4).equals(publicCode) && r.get(5).equals(domain))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row " + level + " " + territory + " " + period + " "
                        + publicCode + " " + domain + " among " + all.size()));
    }
}
