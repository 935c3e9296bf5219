package fr.observatoire.analytics.engine;

/**
 * Column types that both engines read and write identically. {@link #sql()} is the spelling accepted by Spark SQL
 * and DuckDB alike in {@code CAST(x AS ...)} (Spark refuses {@code VARCHAR} without a length, DuckDB accepts
 * {@code STRING}).
 */
public enum SqlType {
    STRING("STRING"),
    INTEGER("INTEGER"),
    BIGINT("BIGINT"),
    DOUBLE("DOUBLE"),
    BOOLEAN("BOOLEAN"),
    DATE("DATE"),
    TIMESTAMP("TIMESTAMP");

    private final String sql;

    SqlType(String sql) {
        this.sql = sql;
    }

    /** Type name for a CAST in the common SQL subset. */
    public String sql() { return sql; }

    /**
     * The type of a contract column spelled as in {@code ObservationColumns.FILE_COLUMNS} or a DuckDB type name
     * ({@code VARCHAR}, {@code INTEGER}, {@code BIGINT}, {@code DOUBLE}, {@code DATE}, {@code TIMESTAMP}...).
     */
    public static SqlType parse(String name) {
        return switch (name.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "VARCHAR", "STRING", "TEXT" -> STRING;
            case "INTEGER", "INT", "INT4" -> INTEGER;
            case "BIGINT", "LONG", "INT8" -> BIGINT;
            case "DOUBLE", "FLOAT8" -> DOUBLE;
            case "BOOLEAN", "BOOL" -> BOOLEAN;
            case "DATE" -> DATE;
            case "TIMESTAMP", "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ" -> TIMESTAMP;
            default -> throw new IllegalArgumentException("Unsupported column type '" + name + "'");
        };
    }
}
