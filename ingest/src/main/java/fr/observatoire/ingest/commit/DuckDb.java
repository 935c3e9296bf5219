package fr.observatoire.ingest.commit;

import fr.observatoire.error.ObservatoryException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** One in-memory DuckDB connection per unit of work, and statements from {@link SqlTemplate}s with bound values. */
public final class DuckDb {

    private DuckDb() {
    }

    /** A row mapper that may fail with the JDBC exception. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    public static Connection open() {
        try {
            return DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot start DuckDB: " + e.getMessage(), e);
        }
    }

    public static void execute(Connection connection, SqlTemplate statement, Object... values) {
        try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            bind(prepared, values);
            prepared.execute();
        } catch (SQLException e) {
            throw new ObservatoryException("DuckDB failed on " + statement + ": " + e.getMessage(), e);
        }
    }

    public static <T> List<T> query(Connection connection, SqlTemplate statement, RowMapper<T> mapper,
                                    Object... values) {
        try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            bind(prepared, values);
            List<T> rows = new ArrayList<>();
            try (ResultSet result = prepared.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.map(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new ObservatoryException("DuckDB failed on " + statement + ": " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement prepared, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            prepared.setObject(i + 1, values[i]);
        }
    }
}
