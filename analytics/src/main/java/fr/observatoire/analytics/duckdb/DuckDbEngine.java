package fr.observatoire.analytics.duckdb;

import fr.observatoire.analytics.engine.Column;
import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.engine.OutputFolders;
import fr.observatoire.analytics.engine.ParquetSource;
import fr.observatoire.analytics.engine.RowAnnotator;
import fr.observatoire.analytics.engine.SqlType;
import fr.observatoire.analytics.engine.Step;
import fr.observatoire.analytics.engine.TableSchema;
import fr.observatoire.error.ObservatoryException;
import fr.observatoire.lake.Lake;
import fr.observatoire.lake.Sql;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The in-process engine: one in-memory DuckDB connection per engine. Inputs are views over {@code read_parquet}
 * with each column cast to its declared type; each step's result is materialised as a temporary table.
 */
public final class DuckDbEngine implements Engine {

    private final Connection connection;

    /** Opens an in-memory DuckDB database. */
    public DuckDbEngine() {
        try {
            this.connection = DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot open an in-memory DuckDB database", e);
        }
    }

    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    public void register(ParquetSource source) {
        Path folder = OutputFolders.resolveLinks(source.folder());
        if (!OutputFolders.hasParquetFiles(folder)) {
            if (source.required()) {
                throw source.noFiles();
            }
            createEmpty(source.view(), source.schema());
            return;
        }
        String reader = "read_parquet(" + Sql.literal(Lake.glob(folder))
                + ", hive_partitioning = true, hive_types_autocast = false, union_by_name = true)";
        Set<String> found = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("DESCRIBE SELECT * FROM " + reader)) {
            while (rs.next()) {
                found.add(rs.getString("column_name"));
            }
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot read the Parquet schema of " + source.folder(), e);
        }
        source.requireColumns(found);
        String columns = source.schema().columns().stream()
                .map(c -> "CAST(" + quote(c.name()) + " AS " + c.type().sql() + ") AS " + quote(c.name()))
                .collect(Collectors.joining(", "));
        execute("CREATE OR REPLACE TEMP VIEW " + quote(source.view()) + " AS SELECT " + columns + " FROM " + reader,
                "register " + source.folder() + " as view " + source.view());
    }

    @Override
    public void register(String view, TableSchema schema, List<List<Object>> rows) {
        createEmpty(view, schema);
        if (rows.isEmpty()) {
            return;
        }
        String markers = schema.columns().stream().map(c -> "?").collect(Collectors.joining(", "));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + quote(view) + " VALUES (" + markers + ")")) {
            for (List<Object> row : rows) {
                for (int i = 0; i < schema.columns().size(); i++) {
                    bind(insert, i + 1, row.get(i));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot insert rows into view " + view, e);
        }
    }

    @Override
    public void run(Step step) {
        String sql = "CREATE OR REPLACE TEMP TABLE " + quote(step.view()) + " AS " + step.sql();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < step.parameters().size(); i++) {
                bind(statement, i + 1, step.parameters().get(i));
            }
            statement.execute();
        } catch (SQLException e) {
            throw new ObservatoryException("Step " + step.view() + " (" + step.resource() + ") failed on DuckDB: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public long count(String view) {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + quote(view))) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot count the rows of view " + view, e);
        }
    }

    @Override
    public TableSchema schema(String view) {
        List<Column> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("DESCRIBE SELECT * FROM " + quote(view))) {
            while (rs.next()) {
                columns.add(new Column(rs.getString("column_name"), typeOf(rs.getString("column_type"))));
            }
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot describe view " + view, e);
        }
        return new TableSchema(columns);
    }

    @Override
    public List<List<Object>> collect(String view) {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM " + quote(view))) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(meta.getColumnCount());
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(normalise(rs.getObject(i)));
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot read view " + view, e);
        }
        return rows;
    }

    @Override
    public long write(String view, Path target) {
        Path temporary = OutputFolders.temporaryFor(target);
        try {
            Files.createDirectories(temporary);
        } catch (java.io.IOException e) {
            throw new ObservatoryException("Cannot create " + temporary, e);
        }
        execute("COPY (SELECT * FROM " + quote(view) + ") TO " + Sql.literal(temporary.resolve("part-0.parquet"))
                + " (FORMAT parquet)", "write view " + view + " to " + target);
        OutputFolders.replace(temporary, target);
        return count(view);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot close the DuckDB connection", e);
        }
    }

    private void createEmpty(String view, TableSchema schema) {
        String columns = schema.columns().stream()
                .map(c -> quote(c.name()) + " " + c.type().sql())
                .collect(Collectors.joining(", "));
        execute("CREATE OR REPLACE TEMP TABLE " + quote(view) + " (" + columns + ")", "create view " + view);
    }

    private void execute(String sql, String what) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot " + what + ": " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof LocalDate date) {
            statement.setObject(index, java.sql.Date.valueOf(date));
        } else if (value instanceof LocalDateTime time) {
            statement.setObject(index, java.sql.Timestamp.valueOf(time));
        } else {
            statement.setObject(index, value);
        }
    }

    /** An identifier in double quotes: view and column names come from code, never from input. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static Object normalise(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        if (value instanceof BigInteger big) {
            return big.longValueExact();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.doubleValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Short s) {
            return s.intValue();
        }
        if (value instanceof Byte b) {
            return b.intValue();
        }
        return value;
    }

    /** Types outside {@link SqlType} (HUGEINT from an uncast SUM, DECIMAL from a literal) are refused. */
    private static SqlType typeOf(String duckDbType) {
        return SqlType.parse(duckDbType);
    }
    @Override
    public void annotate(String source, String view, TableSchema output, RowAnnotator annotator) {
        createEmpty(view, output);
        int width = output.columns().size();
        try (RowAnnotator.Worker worker = annotator.open();
             DuckDBAppender appender = connection.unwrap(DuckDBConnection.class)
                     .createAppender("temp", "main", view);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM " + quote(source))) {
            int columns = rs.getMetaData().getColumnCount();
            List<Object> values = new ArrayList<>(columns);
            SQLException[] failure = new SQLException[1];
            while (rs.next() && failure[0] == null) {
                values.clear();
                for (int i = 1; i <= columns; i++) {
                    values.add(normalise(rs.getObject(i)));
                }
                worker.annotate(values, emitted -> {
                    if (failure[0] == null) {
                        try {
                            append(appender, emitted, width);
                        } catch (SQLException e) {
                            failure[0] = e;
                        }
                    }
                });
            }
            if (failure[0] != null) {
                throw failure[0];
            }
            appender.flush();
        } catch (SQLException e) {
            throw new ObservatoryException("Annotating " + source + " as " + view + " failed on DuckDB: "
                    + e.getMessage(), e);
        }
    }

    private static void append(DuckDBAppender appender, List<Object> row, int width) throws SQLException {
        if (row.size() != width) {
            throw new SQLException("annotated row has " + row.size() + " values, the output " + width + ": " + row);
        }
        appender.beginRow();
        for (Object value : row) {
            if (value == null) {
                appender.appendNull();
            } else if (value instanceof String text) {
                appender.append(text);
            } else if (value instanceof Integer number) {
                appender.append(number.intValue());
            } else if (value instanceof Long number) {
                appender.append(number.longValue());
            } else if (value instanceof Double number) {
                appender.append(number.doubleValue());
            } else if (value instanceof Boolean flag) {
                appender.append(flag.booleanValue());
            } else if (value instanceof LocalDate date) {
                appender.append(date);
            } else if (value instanceof LocalDateTime time) {
                appender.append(time);
            } else {
                throw new SQLException("unsupported value type " + value.getClass().getName() + ": " + value);
            }
        }
        appender.endRow();
    }
}
